import Taro from '@tarojs/taro'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { POLICY_TOPICS } from '@doorstep/shared'
import { beforeEach, describe, expect, it } from 'vitest'
import { PolicyQuickSearch } from './policy-quick-search'

function renderQuickSearch() {
  const searched: string[] = []
  render(<PolicyQuickSearch onSearch={(q) => searched.push(q)} />)
  return searched
}

describe('home quick search', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('offers the one-tap topics', async () => {
    const searched = renderQuickSearch()
    const topics = within(screen.getByRole('group', { name: '热门政策' })).getAllByRole('button')
    expect(topics.map((t) => t.textContent)).toEqual([...POLICY_TOPICS])
    await userEvent.click(screen.getByRole('button', { name: '创业补贴' }))
    expect(searched).toEqual(['创业补贴'])
  })

  it('searches what was typed and keeps it as a recent search on this device', async () => {
    const searched = renderQuickSearch()
    expect(screen.queryByRole('group', { name: '最近搜索' })).toBeNull()
    await userEvent.type(screen.getByLabelText('搜索政策'), '  失业 ')
    await userEvent.click(screen.getByRole('button', { name: '搜索' }))

    expect(searched).toEqual(['失业'])
    expect(within(screen.getByRole('group', { name: '最近搜索' })).getByRole('button', { name: '失业' })).toBeTruthy()
    expect(Taro.getStorageSync('doorstep.policies.recentSearches')).toEqual(['失业'])
  })

  it('keeps at most 8 recent searches, newest first, and clears them', async () => {
    Taro.setStorageSync('doorstep.policies.recentSearches', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'])
    renderQuickSearch()
    await userEvent.click(screen.getByRole('button', { name: '社保卡' }))
    const recent = () =>
      within(screen.getByRole('group', { name: '最近搜索' }))
        .getAllByRole('button')
        .map((b) => b.textContent)
    expect(recent()).toEqual(['清除', '社保卡', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])

    await userEvent.click(screen.getByRole('button', { name: '清除' }))
    expect(screen.queryByRole('group', { name: '最近搜索' })).toBeNull()
    expect(Taro.getStorageSync('doorstep.policies.recentSearches')).toEqual([])
  })
})
