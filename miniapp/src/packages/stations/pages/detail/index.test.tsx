import Taro from '@tarojs/taro'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE_STATIONS } from '../../../../../test/fixtures/stations'
import { click, screen, within } from '../../../../../test/support/dom'
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
    expect(screen.getByText('信息核实于 2025年3月1日')).toBeTruthy()
    expect(screen.getByText('示例数据')).toBeTruthy()
  })

  it('calls the station when 拨打电话 is tapped', async () => {
    const makePhoneCall = vi.spyOn(Taro, 'makePhoneCall')
    openRoute(detailOf('gusu-district-hall'))
    renderWithApi(<StationDetailPage />, createFakeStationsApi(FIXTURE_STATIONS).transport)

    await click(await screen.findByRole('button', { name: '拨打电话 0512-68000000' }))

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
    await click(within(alert).getByRole('button', { name: '重试' }))

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('沧浪银行网点人社服务点')
    expect(screen.getByText('特色')).toBeTruthy()
  })
})
