import * as v from 'valibot'
import { Station } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import seed from '../../data/seed/stations.json'
import StationDetailPage from '../src/packages/stations/pages/detail/index'
import StationListPage from '../src/packages/stations/pages/list/index'
import { click, screen, waitFor, within } from './support/dom'
import { createFakeStationsApi } from './support/fake-stations-api'
import { openRoute, renderWithApi } from './support/render-with-api'

/** The sample data the local API serves (data/seed), through the same pages. */
const stations = v.parse(v.array(Station), seed)

const cards = () => within(screen.getByRole('list', { name: '服务站点列表' })).queryAllByRole('listitem')

describe('pages with the seed stations', () => {
  it('pages through every seed station with 加载更多', async () => {
    renderWithApi(<StationListPage />, createFakeStationsApi(stations).transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    for (let page = 1; screen.queryByRole('button', { name: '加载更多' }); page++) {
      await click(screen.getByRole('button', { name: '加载更多' }))
      await waitFor(() => expect(cards().length).toBe(Math.min(stations.length, (page + 1) * 20)))
    }

    expect(cards()).toHaveLength(stations.length)
    expect(cards().every((card) => card.textContent?.includes('示例数据'))).toBe(true)
  })

  it('filters the seed stations to one street', async () => {
    renderWithApi(<StationListPage />, createFakeStationsApi(stations).transport)
    await screen.findByRole('list', { name: '服务站点列表' })

    await click(screen.getByRole('button', { name: '虎丘街道' }))
    const inHuqiu = stations.filter((s) => s.subDistrict === 'huqiu').length
    await waitFor(() => expect(cards()).toHaveLength(Math.min(inHuqiu, 20)))
    expect(cards().every((card) => card.textContent?.includes('虎丘街道'))).toBe(true)
  })

  it('shows a seed station in full', async () => {
    const [first] = stations
    openRoute(`/packages/stations/pages/detail/index?id=${first!.id}`)
    renderWithApi(<StationDetailPage />, createFakeStationsApi(stations).transport)

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(first!.name)
    expect(within(screen.getByRole('table', { name: '每周开放时间' })).getAllByRole('row')).toHaveLength(7)
    expect(document.body.textContent).toContain(first!.address)
  })
})
