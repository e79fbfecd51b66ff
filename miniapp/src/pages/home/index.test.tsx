import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import HomePage from './index'

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

  it('enables 政策一键查询, 点位一图览 and 服务一网了解; the other two say 建设中 and are aria-disabled', () => {
    render(<HomePage />)
    const entries = within(screen.getByRole('list', { name: '服务入口' })).getAllByRole('button')
    const enabled = entries.filter((entry) => entry.getAttribute('aria-disabled') !== 'true')
    expect(enabled.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('政策一键查询'),
      expect.stringContaining('点位一图览'),
      expect.stringContaining('服务一网了解'),
    ])
    for (const title of ['留言通道', '企业开办一站式']) {
      const entry = screen.getByRole('button', { name: `${title}，建设中` })
      expect(entry.getAttribute('aria-disabled')).toBe('true')
      expect(entry.textContent).toContain('建设中')
    }
  })

  it('opens the stations map from 点位一图览 and goes nowhere from a disabled entry', async () => {
    render(<HomePage />)
    await userEvent.click(screen.getByRole('button', { name: '留言通道，建设中' }))
    expect(window.location.hash).toBe('')
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
})
