import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createPreferencesStore, PreferencesProvider, type Preferences } from '@/shared/preferences'
import { createMemoryStorage } from '../../../test/support/render-with-session'
import HomePage from './index'

function renderHomeWith(preferences: Partial<Preferences>) {
  const store = createPreferencesStore(createMemoryStorage())
  store.update(preferences)
  return render(
    <PreferencesProvider store={store}>
      <HomePage />
    </PreferencesProvider>,
  )
}

const ENTRY_TITLES = ['政策一键查询', '点位一图览', '服务一网了解', '留言通道', '企业开办一站式']

describe('home page', () => {
  it('shows the title and the five entries in order', () => {
    render(<HomePage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty('textContent', '家门口的人社服务站 · 姑苏区')
    const entries = within(screen.getByRole('list', { name: '服务入口' })).getAllByRole('button')
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('政策一键查询'),
      expect.stringContaining('点位一图览'),
      expect.stringContaining('服务一网了解'),
      expect.stringContaining('留言通道'),
      expect.stringContaining('企业开办一站式'),
    ])
    expect(entries).toHaveLength(ENTRY_TITLES.length)
  })

  it('enables all five entries; none says 建设中', () => {
    render(<HomePage />)
    const entries = within(screen.getByRole('list', { name: '服务入口' })).getAllByRole('button')
    expect(entries.filter((entry) => entry.getAttribute('aria-disabled') === 'true')).toEqual([])
    expect(entries).toHaveLength(ENTRY_TITLES.length)
    expect(screen.queryByText('建设中')).toBeNull()
  })

  it('opens the stations map from 点位一图览 and the message board from 留言通道', async () => {
    render(<HomePage />)
    await userEvent.click(screen.getByRole('button', { name: /留言通道/ }))
    expect(window.location.hash).toBe('#/packages/messages/pages/board/index')
    await userEvent.click(screen.getByRole('button', { name: /点位一图览/ }))
    expect(window.location.hash).toBe('#/packages/stations/pages/map/index')
  })

  it('opens policy search from 政策一键查询, the search box and a topic chip', async () => {
    render(<HomePage />)
    await userEvent.click(within(screen.getByRole('list', { name: '服务入口' })).getByRole('button', { name: /政策一键查询/ }))
    expect(window.location.hash).toBe('#/packages/policies/pages/search/index')
    await userEvent.click(screen.getByRole('button', { name: '失业保险金' }))
    expect(decodeURIComponent(window.location.hash)).toBe('#/packages/policies/pages/search/index?q=失业保险金')
    await userEvent.type(screen.getByLabelText('搜索政策'), '创业')
    await userEvent.click(screen.getByRole('button', { name: '搜索' }))
    expect(decodeURIComponent(window.location.hash)).toBe('#/packages/policies/pages/search/index?q=创业')
  })

  it('opens my company cases from 企业开办一站式', async () => {
    render(<HomePage />)
    await userEvent.click(screen.getByRole('button', { name: /企业开办一站式/ }))
    expect(window.location.hash).toBe('#/packages/business/pages/mine/index')
  })

  it('opens the service catalogue from 服务一网了解', async () => {
    render(<HomePage />)
    await userEvent.click(screen.getByRole('button', { name: /服务一网了解/ }))
    expect(window.location.hash).toBe('#/packages/services/pages/catalogue/index')
  })

  it('opens 我的 from the button at the top', async () => {
    render(<HomePage />)
    await userEvent.click(screen.getByRole('button', { name: '我的' }))
    expect(window.location.hash).toBe('#/packages/account/pages/me/index')
  })

  it('says the data is sample data', () => {
    render(<HomePage />)
    expect(screen.getByText(/示例数据/)).toBeTruthy()
  })

  it('speaks English when English is chosen: title, entries, buttons, and the lang attribute', async () => {
    const { container } = renderHomeWith({ lang: 'en' })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Doorstep HR & Social Security Stations · Gusu')
    expect(container.firstElementChild?.getAttribute('lang')).toBe('en')
    const entries = within(screen.getByRole('list', { name: 'Services' })).getAllByRole('button')
    expect(entries.map((entry) => entry.querySelector('.entry-card__title')?.textContent)).toEqual([
      'Policy search',
      'Station map',
      'Services',
      'Message board',
      'Start a business',
    ])
    expect(screen.getByLabelText('Search policies')).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Popular topics' })).toBeTruthy()
    expect(container.textContent).not.toMatch(/政策一键查询|点位一图览|我的|建设中|搜索/)
    await userEvent.click(screen.getByRole('button', { name: 'Me' }))
    expect(window.location.hash).toBe('#/packages/account/pages/me/index')
  })

  it('in 长辈模式 shows just the five big entries in plain words, no search box or chips', () => {
    const { container } = renderHomeWith({ elder: true })
    expect(container.firstElementChild?.classList.contains('page--elder')).toBe(true)
    expect(screen.queryByLabelText('搜索政策')).toBeNull()
    expect(screen.queryByRole('group', { name: '热门政策' })).toBeNull()
    const entries = within(screen.getByRole('list', { name: '服务入口' })).getAllByRole('button')
    expect(entries).toHaveLength(5)
    expect(entries[0]!.textContent).toContain('查一查能领哪些补贴')
    expect(entries[1]!.textContent).toContain('找离家最近的服务站')
    expect(screen.getAllByRole('button')).toHaveLength(6)
  })
})
