import * as v from 'valibot'
import { Station } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import seed from '../../data/seed/stations.json'
import StationDetailPage from '../src/packages/stations/pages/detail/index'
import StationListPage from '../src/packages/stations/pages/list/index'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createFakeStationsApi } from './support/fake-stations-api'
import { openRoute, renderWithApi } from './support/render-with-api'

/** The sample data the local API serves (data/seed), through the same pages. */
const stations = v.parse(v.array(Station), seed)

// Plain DOM lookups, not role queries: with ~180 cards on screen testing-library's accessibility checks make
// each role query take about a second. The page tests check the same elements' roles with fewer cards.
const cards = () => Array.from(screen.getByRole('list', { name: '服务站点列表' }).querySelectorAll(':scope > [role="listitem"]'))
const loadMore = () => screen.queryByText('加载更多')?.closest<HTMLElement>('[role="button"]') ?? null

describe('pages with the seed stations', () => {
  it('pages through every seed station with 加载更多', async () => {
    renderWithApi(<StationListPage />, createFakeStationsApi(stations).transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    for (let page = 1, button = loadMore(); button; page++, button = loadMore()) {
      await userEvent.click(button)
      await waitFor(() => expect(cards().length).toBe(Math.min(stations.length, (page + 1) * 20)))
    }

    expect(cards()).toHaveLength(stations.length)
    expect(cards().every((card) => card.textContent?.includes('示例数据'))).toBe(true)
  }, 15_000)

  it('filters the seed stations to one street', async () => {
    renderWithApi(<StationListPage />, createFakeStationsApi(stations).transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await userEvent.click(screen.getByRole('button', { name: '虎丘街道' }))
    const inHuqiu = stations.filter((s) => s.subDistrict === 'huqiu').length
    await waitFor(() => expect(cards()).toHaveLength(Math.min(inHuqiu, 20)))
    expect(cards().every((card) => card.textContent?.includes('虎丘街道'))).toBe(true)
  })

  it('shows a seed station in full', async () => {
    const [first] = stations
    openRoute(`/packages/stations/pages/detail/index?id=${first!.id}`)
    renderWithApi(<StationDetailPage />, createFakeStationsApi(stations).transport)

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(first!.name)
    // seven weekdays and the statutory-holiday row
    expect(within(screen.getByRole('table', { name: '每周开放时间' })).getAllByRole('row')).toHaveLength(8)
    expect(document.body.textContent).toContain(first!.address)
  })
})
