import Taro from '@tarojs/taro'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ROUTES } from '@/shared/navigation/routes'
import { Page } from './page'

const openAt = (url: string) => {
  window.location.hash = url
  return render(<Page title="页面">内容</Page>)
}
const nav = () => screen.getByRole('navigation', { name: '页面导航' })
const hash = () => decodeURIComponent(window.location.hash.replace(/^#/, ''))

describe('H5 page navigation', () => {
  it('goes back to where the person came from', async () => {
    window.location.hash = ROUTES.stationList
    await Taro.navigateTo({ url: ROUTES.stationDetail('st-district-hall') })
    render(<Page title="服务站">内容</Page>)
    await userEvent.click(within(nav()).getByRole('button', { name: '返回' }))
    expect(hash()).toBe(ROUTES.stationList)
  })

  it('goes home from a page opened straight from a link, and offers home and 我的', async () => {
    openAt(ROUTES.policyDetail('pol-unemployment-benefit'))
    expect(within(nav()).getByRole('button', { name: '我的' })).toBeTruthy()
    await userEvent.click(within(nav()).getByRole('button', { name: '返回' }))
    expect(hash()).toBe(ROUTES.home)
    expect(Taro.getCurrentPages()).toHaveLength(1)
  })

  it('opens 我的 from any page, but does not offer 我的 on 我的 itself or any of it on home', async () => {
    const { unmount } = openAt(ROUTES.serviceCatalogue)
    await userEvent.click(within(nav()).getByRole('button', { name: '我的' }))
    expect(hash()).toBe(ROUTES.me)
    unmount()
    const me = openAt(ROUTES.me)
    expect(within(nav()).queryByRole('button', { name: '我的' })).toBeNull()
    expect(within(nav()).getByRole('button', { name: '首页' })).toBeTruthy()
    me.unmount()
    openAt(ROUTES.home)
    expect(screen.queryByRole('navigation')).toBeNull()
  })
})
