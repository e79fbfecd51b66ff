import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser'

const browser = useBrowser()

describe('policy lookup in the H5 app', () => {
  it('types 失业 on home, opens a result and sees its detail', async () => {
    const page = await browser.open('/')
    await page.getByLabel('搜索政策').filter({ visible: true }).fill('失业')
    await page.getByRole('button', { name: '搜索', exact: true }).filter({ visible: true }).click()

    const expected = await (await fetch(`${inject('apiUrl')}/v1/policies?q=${encodeURIComponent('失业')}&limit=1`)).json()
    const first = expected.items[0] as { id: string; title: string; issuer: string }
    await expect.poll(() => page.getByText(/找到 \d+ 条相关政策/).count(), { timeout: 15_000 }).toBe(1)
    const card = page.getByRole('listitem').filter({ hasText: first.title }).first()
    expect(await card.locator('.policy-mark').first().textContent()).toBe('失业')

    await card.click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: first.title }).count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => page.getByText('需要带的材料').count()).toBe(1)
    expect(await page.getByText(`发文机关：${first.issuer}`).count()).toBe(1)
    expect(page.problems).toEqual([])
    // the page names its icon, so a browser does not ask for /favicon.ico (a 404 on every load)
    expect(await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.getAttribute('href'))).toMatch(/^data:image\/svg\+xml,/)
  })

  it('taps a topic chip and gets its results', async () => {
    const page = await browser.open('/')
    await page.getByRole('group', { name: '热门政策' }).getByRole('button', { name: '社保卡' }).click()

    await expect.poll(() => page.getByText(/找到 \d+ 条相关政策/).count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => page.getByText('社会保障卡申领').count()).toBeGreaterThan(0)
    // H5 keeps home (with its own search box) in the page, hidden
    expect(await page.getByLabel('搜索政策').filter({ visible: true }).inputValue()).toBe('社保卡')

    // the search is remembered on this device
    await page.goBack()
    const recent = page.getByRole('group', { name: '最近搜索' }).filter({ visible: true })
    await expect.poll(() => recent.getByRole('button', { name: '社保卡' }).count(), { timeout: 15_000 }).toBe(1)
    expect(page.problems).toEqual([])
  })

  it('keeps the address on the latest search: a reload shows it, not the first', async () => {
    const page = await browser.open(`/packages/policies/pages/search/index?q=${encodeURIComponent('灵活就业 社保')}`)
    await expect.poll(() => page.getByText(/找到 \d+ 条相关政策/).count(), { timeout: 15_000 }).toBe(1)
    const box = page.getByLabel('搜索政策').filter({ visible: true })
    await box.fill('shiye')
    await page.getByRole('button', { name: '搜索', exact: true }).filter({ visible: true }).click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/packages/policies/pages/search/index?q=shiye')

    await page.reload()
    await expect.poll(() => page.getByLabel('搜索政策').filter({ visible: true }).inputValue(), { timeout: 15_000 }).toBe('shiye')
    await expect.poll(() => page.getByText('失业保险金申领').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(page.problems).toEqual([])
  })

  it('a page opened from a shared link still has a way home and to 我的 inside the app', async () => {
    const page = await browser.open('/packages/policies/pages/detail/index?id=pol-unemployment-benefit')
    const nav = page.getByRole('navigation', { name: '页面导航' })
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain('失业')
    await nav.getByRole('button', { name: '我的' }).click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/packages/account/pages/me/index')
    await expect.poll(() => nav.filter({ visible: true }).getByRole('button', { name: '我的' }).count()).toBe(0)
    await nav.filter({ visible: true }).getByRole('button', { name: '返回' }).click()
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).hash))
      .toBe('#/packages/policies/pages/detail/index?id=pol-unemployment-benefit')
    // Opened from a link, there is nothing before it in the app: 返回 goes home.
    await nav.filter({ visible: true }).getByRole('button', { name: '返回' }).click()
    await expect.poll(() => page.getByRole('button', { name: /服务一网了解/ }).count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByRole('navigation', { name: '页面导航' }).filter({ visible: true }).count()).toBe(0)
    expect(page.problems).toEqual([])
  })
})
