import { describe, expect, it } from 'vitest'
import { click, render, screen, within } from '../../../test/support/dom'
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

  it('enables only 点位一图览; the other four say 建设中 and are aria-disabled', () => {
    render(<HomePage />)
    const entries = screen.getAllByRole('button')
    const enabled = entries.filter((entry) => entry.getAttribute('aria-disabled') !== 'true')
    expect(enabled.map((entry) => entry.textContent)).toEqual([expect.stringContaining('点位一图览')])
    for (const title of ENTRY_TITLES.filter((t) => t !== '点位一图览')) {
      const entry = screen.getByRole('button', { name: `${title}，建设中` })
      expect(entry.getAttribute('aria-disabled')).toBe('true')
      expect(entry.textContent).toContain('建设中')
    }
  })

  it('opens the stations list from 点位一图览 and goes nowhere from a disabled entry', async () => {
    render(<HomePage />)
    await click(screen.getByRole('button', { name: '政策一键查询，建设中' }))
    expect(window.location.hash).toBe('')
    await click(screen.getByRole('button', { name: /点位一图览/ }))
    expect(window.location.hash).toBe('#/packages/stations/pages/list/index')
  })

  it('says the data is sample data', () => {
    render(<HomePage />)
    expect(screen.getByText(/示例数据/)).toBeTruthy()
  })
})
