import Taro from '@tarojs/taro'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE_STATIONS } from '../../../../../test/fixtures/stations'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createFakeStationsApi } from '../../../../../test/support/fake-stations-api'
import { openRoute, renderWithApi } from '../../../../../test/support/render-with-api'
import StationDetailPage from './index'

const detailOf = (id: string) => `/packages/stations/pages/detail/index?id=${id}`

describe('station detail page', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows the station with its weekly hours, closed days as 休息', async () => {
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('姑苏区人社服务大厅')
    const rows = within(screen.getByRole('table', { name: '每周开放时间' })).getAllByRole('row')
    const hours = rows.map((row) => [
      within(row).getByRole('rowheader').textContent?.replace('（今天）', ''),
      within(row).getByRole('cell').textContent,
    ])
    expect(hours).toEqual([
      ['周一', '09:00–12:00、13:30–17:30'],
      ['周二', '09:00–12:00、13:30–17:30'],
      ['周三', '09:00–12:00、13:30–17:30'],
      ['周四', '09:00–12:00、13:30–17:30'],
      ['周五', '09:00–12:00、13:30–17:00'],
      ['周六', '09:00–12:00'],
      ['周日', '休息'],
      ['法定节假日', '休息'],
    ])
    expect(rows.filter((row) => row.textContent?.includes('（今天）'))).toHaveLength(1)
  })

  it('shows kind, address, services, staff, accessibility and when it was verified', async () => {
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)
    await screen.findByRole('heading', { level: 1 })

    const page = document.body.textContent ?? ''
    expect(page).toContain('区级服务大厅')
    expect(page).toContain('姑苏区三香路 1 号')
    expect(page).toContain('0512-68000000')
    expect(page).toContain('综合窗口')
    expect(page).toContain('无障碍卫生间')
    expect(page).toContain('job-matching')
    expect(screen.getByText(/^信息核实于(2025年)?3月1日（周六）$/)).toBeTruthy()
    expect(screen.getByText('示例数据')).toBeTruthy()
  })

  it('calls the station when 拨打电话 is tapped', async () => {
    const makePhoneCall = vi.spyOn(Taro, 'makePhoneCall')
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    await userEvent.click(await screen.findByRole('button', { name: '拨打电话 0512-68000000' }))

    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0512-68000000' })
  })

  it('says 没有找到这个服务站 for an unknown id, without offering a pointless retry', async () => {
    openRoute(detailOf('no-such-station'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('没有找到这个服务站')
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull()
  })

  it('treats a missing id as not found and asks the API nothing', async () => {
    openRoute('/packages/stations/pages/detail/index')
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationDetailPage />, api.transport)

    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个服务站')
    expect(api.requests).toEqual([])
  })

  it('offers 重试 after a server error and shows the station once it answers', async () => {
    openRoute(detailOf('canglang-bank-point'))
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    api.failNext()
    renderWithApi(<StationDetailPage />, api.transport)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('站点信息没有加载出来')
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('沧浪银行网点人社服务点')
    expect(screen.getByText('特色')).toBeTruthy()
  })
})

describe('station detail page: open now, directions, services', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  /** Only Date is faked: promises and timers run as usual. */
  const clockAt = (suzhouTime: string) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${suzhouTime}:00+08:00`))
  }

  it('says it is open now and until when, on an ordinary Monday morning', async () => {
    clockAt('2026-03-02T10:00')
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    const status = await screen.findByRole('status', { name: /营业中/ })
    expect(status.textContent).toContain('今天开放到 12:00')
    const today = within(screen.getByRole('table', { name: '每周开放时间' }))
      .getAllByRole('row')
      .filter((row) => row.textContent?.includes('（今天）'))
    expect(today.map((row) => row.textContent)).toEqual([expect.stringContaining('周一')])
  })

  it('says it is closed for the lunch break and when it opens again', async () => {
    clockAt('2026-03-02T12:30')
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    expect((await screen.findByRole('status', { name: /已休息/ })).textContent).toContain('今天 13:30 开门')
  })

  it('says it is closed on National Day, a statutory holiday', async () => {
    clockAt('2026-10-01T10:00')
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    const status = await screen.findByRole('status', { name: /已休息/ })
    expect(status.textContent).toContain('今天是国庆节假期，法定节假日休息')
  })

  it('opens a route to the station on Amap in a new tab (the browser has no openLocation)', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window)
    openRoute(detailOf('canglang-bank-point'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    await userEvent.click(await screen.findByRole('button', { name: /到这里去/ }))

    const station = FIXTURE_STATIONS.find((s) => s.id === 'canglang-bank-point')!
    expect(open).toHaveBeenCalledTimes(1)
    const [url, target] = open.mock.calls[0]!
    expect(target).toBe('_blank')
    const route = new URL(String(url))
    expect(`${route.origin}${route.pathname}`).toBe('https://uri.amap.com/navigation')
    expect(route.searchParams.get('to')).toBe(`${station.location.lng},${station.location.lat},${station.name}`)
    expect(route.searchParams.get('coordinate')).toBe('gaode')
    open.mockRestore()
  })

  it('lists the services by name, each opening its service page', async () => {
    const withKnownServices = FIXTURE_STATIONS.map((s) =>
      s.id === 'gusu-district-hall' ? { ...s, serviceIds: ['svc-senior-school', 'svc-gig-station'] } : s,
    )
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(withKnownServices).transport)

    const services = within(await screen.findByRole('list', { name: '提供的服务' })).getAllByRole('button')
    expect(services.map((s) => s.textContent)).toEqual(['乐龄学堂 ›', '家门口零工驿站 ›'])
    await userEvent.click(services[1]!)
    expect(window.location.hash).toBe('#/packages/services/pages/detail/index?id=svc-gig-station')
  })
})

describe('station detail page without a connection', () => {
  it('shows the station as loaded last time, with an offline notice', async () => {
    openRoute(detailOf('gusu-district-hall'))
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    const first = renderWithApi(<StationDetailPage />, api.transport)
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('姑苏区人社服务大厅')
    first.unmount()

    api.setOffline(true)
    renderWithApi(<StationDetailPage />, api.transport)
    expect(await screen.findByText('离线，显示上次加载的数据')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('姑苏区人社服务大厅')
    expect(screen.getByText('0512-68000000')).toBeTruthy()
  })

  it('does not stand in kept data for an answer from the API (a 404 stays not found)', async () => {
    openRoute(detailOf('gusu-district-hall'))
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    const first = renderWithApi(<StationDetailPage />, api.transport)
    await screen.findByRole('heading', { level: 1 })
    first.unmount()

    openRoute(detailOf('no-such-station'))
    renderWithApi(<StationDetailPage />, api.transport)
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个服务站')
    expect(screen.queryByText('离线，显示上次加载的数据')).toBeNull()
  })
})
