import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { distanceMetres } from '@doorstep/shared'
import { wgs84ToGcj02 } from '@/features/stations/location/gcj02'
import { FIXTURE_STATIONS } from '../../../../../test/fixtures/stations'
import { createFakeStationsApi } from '../../../../../test/support/fake-stations-api'
import { renderWithApi } from '../../../../../test/support/render-with-api'
import StationMapPage from './index'

/** The fixture stations spread over the old town, so distances differ. */
const STATIONS = FIXTURE_STATIONS.map((s, i) => ({
  ...s,
  location: { lat: 31.29 + (i % 6) * 0.004, lng: 120.6 + Math.floor(i / 6) * 0.006 },
}))
const HERE = { lat: 31.3, lng: 120.61 }

/** jsdom has no geolocation; these stand in for the browser's, answering at once. */
function browserLocation(answer: 'here' | 'denied') {
  const geolocation = {
    getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
      answer === 'here'
        ? ok({ coords: { latitude: HERE.lat, longitude: HERE.lng } } as GeolocationPosition)
        : fail({ code: 1, PERMISSION_DENIED: 1, message: 'denied' } as GeolocationPositionError),
  }
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true })
}

const markers = () => document.querySelectorAll('.station-map__marker')
const cards = () => within(screen.getByRole('list', { name: '服务站点列表' })).getAllByRole('listitem')
const cardNames = () => cards().map((card) => card.querySelector('.station-card__name')?.textContent)

describe('stations map page', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'geolocation')
    vi.useRealTimers()
  })

  it('puts every station on the map and lists them below, street by street, when the position is unknown', async () => {
    const api = createFakeStationsApi(STATIONS)
    renderWithApi(<StationMapPage />, api.transport)

    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))
    expect(screen.getByRole('region', { name: '服务站点地图' })).toBeTruthy()
    expect(screen.getByText('暂时无法获取您的位置')).toBeTruthy()
    expect(document.querySelectorAll('.station-map__outline').length).toBeGreaterThan(0)
    await waitFor(() => expect(cards()).toHaveLength(20))
    expect(cardNames()[0]).toBe('姑苏区人社服务大厅')
    expect(api.requests).toContain('https://api.test/v1/stations?limit=50')
  })

  it('lists the nearest stations first, with how far, once the browser gives a position', async () => {
    browserLocation('here')
    const api = createFakeStationsApi(STATIONS)
    renderWithApi(<StationMapPage />, api.transport)

    await screen.findByText('已按离您由近到远排列')
    // the browser answers in WGS-84; the app asks with the GCJ-02 point, as the station data is
    const asked = wgs84ToGcj02(HERE)
    const nearest = [...STATIONS].sort((a, b) => distanceMetres(asked, a.location) - distanceMetres(asked, b.location))[0]!
    // the list shown before the position came may still be on screen for a moment: wait for the nearest one
    await waitFor(() => expect(cardNames()[0]).toBe(nearest.name))
    expect(cardNames()).toHaveLength(20)
    expect(cards()[0]!.textContent).toMatch(/距您 \d+ 米/)
    expect(api.requests.map(decodeURIComponent)).toContain(
      `https://api.test/v1/stations?near=${asked.lat.toFixed(6)},${asked.lng.toFixed(6)}&radius=10000&limit=20`,
    )
    expect(screen.queryByRole('group', { name: '按街道筛选' })).toBeNull()
  })

  it('offers the street list when location is refused', async () => {
    browserLocation('denied')
    const api = createFakeStationsApi(STATIONS)
    renderWithApi(<StationMapPage />, api.transport)

    expect(await screen.findByText('没有得到定位授权')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '沧浪街道' }))

    await waitFor(() =>
      expect(cardNames()).toEqual(['沧浪街道便民服务中心', '沧浪东社区服务站', '沧浪西社区服务站', '沧浪银行网点人社服务点']),
    )
    expect(screen.getByRole('button', { name: '重新定位' })).toBeTruthy()
  })

  it('switches to the list alone, and back to the map', async () => {
    renderWithApi(<StationMapPage />, createFakeStationsApi(STATIONS).transport)
    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))

    await userEvent.click(screen.getByRole('button', { name: '列表' }))
    expect(screen.queryByRole('region', { name: '服务站点地图' })).toBeNull()
    expect(screen.getByRole('button', { name: '列表' }).getAttribute('aria-pressed')).toBe('true')
    await waitFor(() => expect(cards()).toHaveLength(20))

    await userEvent.click(screen.getByRole('button', { name: '地图' }))
    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))
  })

  it('opens a callout on a marker, and the station from the callout', async () => {
    renderWithApi(<StationMapPage />, createFakeStationsApi(STATIONS).transport)
    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))

    markers()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    const callout = await waitFor(() => document.querySelector('.station-map__callout') as HTMLElement)
    expect(callout.textContent).toContain(STATIONS[0]!.name)
    await userEvent.click(within(callout).getByRole('button', { name: '查看详情' }))

    expect(window.location.hash).toBe(`#/packages/stations/pages/detail/index?id=${STATIONS[0]!.id}`)
  })

  it('shows only stations open now when asked, and says so when none are', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-08T22:00:00+08:00')) // Sunday night: every fixture station is closed
    const api = createFakeStationsApi(STATIONS)
    renderWithApi(<StationMapPage />, api.transport)
    await waitFor(() => expect(cards()).toHaveLength(20))
    expect(cards()[0]!.textContent).toContain('已休息')

    await userEvent.click(screen.getByRole('button', { name: '只看营业中' }))

    expect(await screen.findByText('现在没有营业中的站点')).toBeTruthy()
    expect(api.requests.at(-1)).toBe('https://api.test/v1/stations?openNow=true&limit=20')
  })

  it('offers 重试 when the map stations fail to load, and shows them once the API answers', async () => {
    const api = createFakeStationsApi(STATIONS)
    api.setOffline(true)
    renderWithApi(<StationMapPage />, api.transport)

    await screen.findByText('地图上的站点没有加载出来')
    api.setOffline(false)
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('地图上的站点没有加载出来'))!
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))

    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))
  })
})

describe('stations map page for keyboard and screen-reader users', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'geolocation'))

  it('offers a skip link before the map that moves focus to the list, and zoom buttons in the interface language', async () => {
    browserLocation('denied')
    renderWithApi(<StationMapPage />, createFakeStationsApi(STATIONS).transport)
    await waitFor(() => expect(markers()).toHaveLength(STATIONS.length))

    const map = screen.getByRole('region', { name: '服务站点地图' })
    const skip = screen.getByRole('button', { name: '跳过地图，直接看下方的站点' })
    expect(skip.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(map.querySelector('a[aria-label="放大地图"]')).not.toBeNull()

    skip.focus()
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '服务站点列表' }))
    expect(screen.getByText(/下方列表包含同样的站点/)).toBeTruthy()
  })
})
