import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import seedPolicies from '../../../../../../data/seed/policies.json'
import { createFakePoliciesApi } from '../../../../../test/support/fake-policies-api'
import { openRoute, renderWithApi } from '../../../../../test/support/render-with-api'
import PolicySearchPage from './index'

function resultCards() {
  return within(screen.getByRole('list', { name: '政策列表' })).getAllByRole('listitem')
}

async function showSearchFor(q: string) {
  openRoute(`/packages/policies/pages/search/index?q=${encodeURIComponent(q)}`)
  const api = createFakePoliciesApi()
  renderWithApi(<PolicySearchPage />, api.transport)
  return api
}

describe('policy search page', () => {
  it('searches the query it was opened with and marks what matched', async () => {
    const api = await showSearchFor('失业')
    expect(screen.getByRole('status').textContent).toContain('正在查找')
    await screen.findByRole('list', { name: '政策列表' })

    expect(api.requests).toEqual([`GET /v1/policies?q=${encodeURIComponent('失业')}&limit=20`])
    const expected = seedPolicies.filter((p) => `${p.title}${p.summary}${p.keywords.join('')}`.includes('失业'))
    expect(screen.getByText(`找到 ${expected.length} 条相关政策`)).toBeTruthy()
    const first = resultCards()[0]!
    const marks = first.querySelectorAll('.policy-mark')
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark.textContent).toBe('失业')
    expect((screen.getByLabelText('搜索政策') as HTMLInputElement).value).toBe('失业')
  })

  it('keeps the address on the current search, so a reload or a shared link shows it', async () => {
    await showSearchFor('灵活就业 社保')
    await screen.findByRole('list', { name: '政策列表' })
    const box = screen.getByLabelText('搜索政策')
    await userEvent.clear(box)
    await userEvent.type(box, 'shiye')
    await userEvent.click(screen.getByRole('button', { name: '搜索' }))
    expect(window.location.hash).toBe(`#/packages/policies/pages/search/index?q=shiye`)
  })

  it('marks expired policies 已失效, after the ones in force', async () => {
    await showSearchFor('失业')
    await screen.findByRole('list', { name: '政策列表' })
    const badges = resultCards().map((card) => (within(card).queryByText('已失效') ? 'expired' : 'in force'))
    expect(badges).toContain('expired')
    expect(badges.indexOf('expired')).toBeGreaterThan(badges.lastIndexOf('in force'))
    const expired = resultCards().find((card) => within(card).queryByText('已失效'))!
    expect(expired.textContent).toContain('失业补助金')
  })

  it('searches again from the box, and opens a result', async () => {
    const api = await showSearchFor('失业')
    await screen.findByRole('list', { name: '政策列表' })
    const box = screen.getByLabelText('搜索政策')
    await userEvent.clear(box)
    await userEvent.type(box, '创业 贷款')
    await userEvent.click(screen.getByRole('button', { name: '搜索' }))

    await waitFor(() => expect(resultCards()[0]!.textContent).toContain('创业担保贷款及贴息'))
    expect(api.requests.at(-1)).toBe(`GET /v1/policies?q=${encodeURIComponent('创业 贷款')}&limit=20`)
    await userEvent.click(within(resultCards()[0]!).getByText('查看详情 ›'))
    expect(window.location.hash).toBe('#/packages/policies/pages/detail/index?id=pol-startup-loan')
  })

  it('with nothing found, suggests topics and the message board, and a suggestion searches it', async () => {
    const api = await showSearchFor('火星移民')
    expect(await screen.findByText('没有找到与“火星移民”有关的政策')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '没找到？给我们留言' }))
    expect(window.location.hash).toBe('#/packages/messages/pages/board/index')
    const suggestions = screen.getByRole('group', { name: '您可能想找' })
    await userEvent.click(within(suggestions).getByRole('button', { name: '社保卡' }))

    await screen.findByRole('list', { name: '政策列表' })
    expect(api.requests.at(-1)).toBe(`GET /v1/policies?q=${encodeURIComponent('社保卡')}&limit=20`)
  })

  it('shows only policies in force when asked', async () => {
    const api = await showSearchFor('失业')
    await screen.findByRole('list', { name: '政策列表' })
    await userEvent.click(screen.getByRole('button', { name: '只看现行有效' }))

    await waitFor(() => expect(api.requests.at(-1)).toBe(`GET /v1/policies?q=${encodeURIComponent('失业')}&inForce=true&limit=20`))
    await screen.findByRole('list', { name: '政策列表' })
    for (const card of resultCards()) expect(within(card).queryByText('已失效')).toBeNull()
    expect(screen.getByRole('button', { name: '只看现行有效' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('lists every policy with no query, loading more with the cursor', async () => {
    const api = await showSearchFor('')
    await screen.findByRole('list', { name: '政策列表' })
    expect(screen.getByText(`共 ${seedPolicies.length} 条政策`)).toBeTruthy()
    expect(resultCards()).toHaveLength(20)
    await userEvent.click(screen.getByRole('button', { name: '加载更多' }))
    await waitFor(() => expect(resultCards()).toHaveLength(40))
    expect(api.requests[1]).toMatch(/^GET \/v1\/policies\?limit=20&cursor=[A-Za-z0-9_-]+$/)
  })

  it('explains a network failure and retries', async () => {
    openRoute('/packages/policies/pages/search/index?q=%E7%A4%BE%E4%BF%9D')
    const api = createFakePoliciesApi()
    api.setOffline(true)
    renderWithApi(<PolicySearchPage />, api.transport)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('政策没有加载出来')
    expect(alert.textContent).toContain('请检查手机网络后重试')

    api.setOffline(false)
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await screen.findByRole('list', { name: '政策列表' })
  })

  it('offers the eligibility matcher', async () => {
    await showSearchFor('失业')
    await userEvent.click(screen.getByRole('button', { name: '不知道搜什么？回答几个问题帮您找' }))
    expect(window.location.hash).toBe('#/packages/policies/pages/match/index')
  })
})

describe('policy search page without a connection', () => {
  it('shows the same search as loaded last time, says it is offline, and errors for a search never made', async () => {
    openRoute(`/packages/policies/pages/search/index?q=${encodeURIComponent('失业')}`)
    const api = createFakePoliciesApi()
    const first = renderWithApi(<PolicySearchPage />, api.transport)
    await screen.findByRole('list', { name: '政策列表' })
    const titles = resultCards().map((card) => card.querySelector('.policy-card__title')?.textContent)
    expect(screen.queryByText('离线，显示上次加载的数据')).toBeNull()
    first.unmount()

    api.setOffline(true)
    renderWithApi(<PolicySearchPage />, api.transport)
    expect(await screen.findByText('离线，显示上次加载的数据')).toBeTruthy()
    expect(resultCards().map((card) => card.querySelector('.policy-card__title')?.textContent)).toEqual(titles)

    await userEvent.clear(screen.getByLabelText('搜索政策'))
    await userEvent.type(screen.getByLabelText('搜索政策'), '从没搜过的词')
    await userEvent.click(screen.getByRole('button', { name: '搜索' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('请检查手机网络后重试')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy()
  })
})
