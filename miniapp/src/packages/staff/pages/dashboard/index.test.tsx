import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ADMIN, ANSWERER, storedMessage } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import type { StoredSession } from '@/features/auth/session-store'
import MessageDashboardPage from './index'

// Now is Wednesday 2026-11-25: this week starts Monday 11-23, the one before on 11-16.
const answered = (n: number, title: string, over: Parameters<typeof storedMessage>[1] = { title }) =>
  storedMessage(n, {
    status: 'answered',
    answer: { text: '答复', at: '2026-11-24T01:00:00.000Z' },
    submittedAt: '2026-11-23T01:00:00.000Z',
    ...over,
    title,
  })
const MESSAGES = [
  answered(51, '社保转移', { title: '', category: 'social-security', rating: { score: 5, at: '2026-11-24T02:00:00.000Z' } }),
  answered(52, '社保补缴', {
    title: '',
    category: 'social-security',
    subDistrict: 'huqiu',
    rating: { score: 4, at: '2026-11-24T02:00:00.000Z' },
  }),
  storedMessage(53, {
    title: '见习岗位',
    category: 'employment',
    submittedAt: '2026-11-17T01:00:00.000Z',
    demand: { topic: '夜间见习咨询', taggedAt: '2026-11-18T01:00:00.000Z' },
  }),
]

function render(session: StoredSession = ADMIN) {
  const api = createFakeMessagesApi({ people: { [ADMIN.token]: ADMIN.me, [ANSWERER.token]: ANSWERER.me }, messages: MESSAGES })
  return { api, ...renderWithSession(<MessageDashboardPage />, { transport: api.transport, session }) }
}
const region = (name: string) => screen.getByRole('region', { name })
const rows = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((row) => row.textContent)

describe('数据看板 page', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('draws each count as a bar with its number in words', async () => {
    render()
    await waitFor(() => expect(region('每周留言数').textContent).toContain('共 3 条留言'))
    expect(rows('每周留言数').slice(-2)).toEqual(['11月16日起1 条', '11月23日起2 条'])
    expect(rows('按类别')).toEqual(['促进就业1 条', '社会保障2 条'])
    expect(rows('各类别分街道')).toContain('社会保障：平江街道 1 条 · 虎丘街道 1 条')
    expect(rows('按街道')).toEqual(['平江街道2 条', '虎丘街道1 条'])
    expect(rows('首次答复用时（中位数）')).toEqual(['平江街道24 小时（已答复 1 条）', '虎丘街道24 小时（已答复 1 条）'])
    expect(region('满意度').textContent).toContain('平均 4.5 分（共 2 条评价）')
    expect(region('服务需求池').textContent).toContain('夜间见习咨询')
  })

  it('narrows to one sub-district and another period', async () => {
    const user = userEvent.setup()
    const { api } = render()
    await waitFor(() => expect(region('每周留言数').textContent).toContain('共 3 条留言'))
    await user.click(within(screen.getByRole('group', { name: '按街道筛选' })).getByRole('button', { name: '虎丘街道' }))
    await waitFor(() => expect(region('每周留言数').textContent).toContain('共 1 条留言'))
    await user.click(within(screen.getByRole('group', { name: '统计时段' })).getByRole('button', { name: '近 4 周' }))
    await waitFor(() => expect(api.requests.map((r) => r.line)).toContain('GET /v1/admin/messages/dashboard?weeks=4&subDistrict=huqiu'))
    expect(rows('每周留言数')).toHaveLength(4)
  })

  it('exports the CSV with the staff member’s token, for the period shown', async () => {
    const user = userEvent.setup()
    const fetch = vi.fn(async () => new Response('\ufeff周,类别,街道,留言数\n', { status: 200, headers: { 'content-type': 'text/csv' } }))
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:csv', revokeObjectURL: () => undefined }))
    render(ANSWERER)
    await waitFor(() => expect(region('每周留言数').textContent).toContain('共 2 条留言'))
    // a sub-district answerer has no sub-district choice: the API keeps them to their own
    expect(screen.queryByRole('group', { name: '按街道筛选' })).toBeNull()
    await user.click(screen.getByRole('button', { name: '导出 CSV（按周、类别、街道）' }))
    await waitFor(() => expect(screen.getByText('已导出')).toBeTruthy())
    expect(fetch).toHaveBeenCalledWith('http://api.invalid/v1/admin/messages/dashboard.csv?weeks=8', {
      headers: { Authorization: `Bearer ${ANSWERER.token}` },
    })
  })
})
