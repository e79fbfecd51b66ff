import { describe, expect, it } from 'vitest'
import { FIXTURE_STATIONS } from '../../../../../test/fixtures/stations'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createFakeStationsApi } from '../../../../../test/support/fake-stations-api'
import { renderWithApi } from '../../../../../test/support/render-with-api'
import StationListPage from './index'

function stationCards() {
  return within(screen.getByRole('list', { name: '服务站点列表' })).getAllByRole('listitem')
}

function cardNames() {
  return stationCards().map((card) => card.querySelector('.station-card__name')?.textContent)
}

describe('stations list page', () => {
  it('shows the first page of stations in the API order, with kind, place, address, phone and badges', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)

    expect(screen.getByRole('status').textContent).toContain('正在加载')
    await screen.findByRole('list', { name: '服务站点列表' })

    expect(stationCards()).toHaveLength(20)
    expect(cardNames().slice(0, 3)).toEqual(['姑苏区人社服务大厅', '平江街道便民服务中心', '平江东社区服务站'])
    const hall = stationCards()[0]!
    expect(hall.textContent).toContain('区级服务大厅')
    expect(hall.textContent).toContain('平江街道')
    expect(hall.textContent).toContain('地址：姑苏区三香路 1 号')
    expect(hall.textContent).toContain('电话：0512-68000000')
    expect(hall.textContent).toContain('示例数据')
    expect(api.requests).toEqual(['https://api.test/v1/stations?limit=20'])
  })

  it('filters by street and marks featured stations', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await userEvent.click(screen.getByRole('button', { name: '沧浪街道' }))
    await waitFor(() => expect(cardNames()).toHaveLength(4))

    expect(cardNames()).toEqual(['沧浪街道便民服务中心', '沧浪东社区服务站', '沧浪西社区服务站', '沧浪银行网点人社服务点'])
    expect(screen.getByRole('button', { name: '沧浪街道' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: '全部' }).getAttribute('aria-pressed')).toBe('false')
    const featured = stationCards()[3]!
    expect(within(featured).getByText('特色')).toBeTruthy()
    expect(featured.textContent).toContain('企业开办、社保登记')
    expect(stationCards()[0]!.textContent).not.toContain('特色')
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
    expect(api.requests.at(-1)).toBe('https://api.test/v1/stations?street=canglang&limit=20')
  })

  it('loads more with the cursor until the last page', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }))
    await waitFor(() => expect(stationCards()).toHaveLength(FIXTURE_STATIONS.length))

    expect(new Set(cardNames()).size).toBe(FIXTURE_STATIONS.length)
    expect(cardNames().at(-1)).toBe('吴门桥西社区服务站')
    expect(api.requests[1]).toMatch(/^https:\/\/api\.test\/v1\/stations\?limit=20&cursor=[A-Za-z0-9_-]+$/)
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
  })

  it('says so when a street has no stations', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await userEvent.click(screen.getByRole('button', { name: '苏锦街道' }))

    expect((await screen.findByText('这个街道暂时没有服务站点')).textContent).toBeTruthy()
    expect(screen.queryByRole('list', { name: '服务站点列表' })).toBeNull()
  })

  it('shows a network error with 重试, and recovers when the network is back', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    api.setOffline(true)
    renderWithApi(<StationListPage />, api.transport)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务站点没有加载出来')
    expect(alert.textContent).toContain('请检查手机网络后重试')

    api.setOffline(false)
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))

    await waitFor(() => expect(stationCards()).toHaveLength(20))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps the loaded stations when 加载更多 fails, and lets people try again', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    api.failNext()
    await userEvent.click(screen.getByRole('button', { name: '加载更多' }))
    expect((await screen.findByRole('alert')).textContent).toContain('服务暂时不可用')
    expect(stationCards()).toHaveLength(20)

    await userEvent.click(screen.getByRole('button', { name: '重新加载更多' }))
    await waitFor(() => expect(stationCards()).toHaveLength(FIXTURE_STATIONS.length))
  })

  it('opens the detail page of the tapped station', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await userEvent.click(within(stationCards()[1]!).getByRole('button'))

    expect(window.location.hash).toBe('#/packages/stations/pages/detail/index?id=pingjiang-centre')
  })
})

describe('stations list page without a connection', () => {
  it('shows the list loaded last time with an offline notice, and the fresh list once the network is back', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    const first = renderWithApi(<StationListPage />, api.transport)
    await screen.findByRole('list', { name: '服务站点列表' })
    const names = cardNames()
    first.unmount()

    api.setOffline(true)
    renderWithApi(<StationListPage />, api.transport)
    expect(await screen.findByText('离线，显示上次加载的数据')).toBeTruthy()
    expect(cardNames()).toEqual(names)
    // Kept data cannot be continued page by page.
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()

    api.setOffline(false)
    await userEvent.click(screen.getByRole('button', { name: '平江街道' }))
    await waitFor(() => expect(screen.queryByText('离线，显示上次加载的数据')).toBeNull())
    expect(stationCards().length).toBeGreaterThan(0)
  })

  it('without anything kept, shows the error with 重试', async () => {
    const api = createFakeStationsApi(FIXTURE_STATIONS)
    api.setOffline(true)
    renderWithApi(<StationListPage />, api.transport)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务站点没有加载出来')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy()
  })
})
