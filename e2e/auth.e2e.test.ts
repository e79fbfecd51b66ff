import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser'

const browser = useBrowser()

/** The 当前登录 card on 我的. */
const accountCard = (page: Page) => page.getByRole('group', { name: '当前登录' })

async function openMeFromHome(page: Page) {
  await page.getByRole('button', { name: '我的' }).click()
  await expect.poll(() => accountCard(page).count(), { timeout: 15_000 }).toBe(1)
}

describe('sign-in in the H5 app (local mode)', () => {
  it('signs a resident in with 开发登录, shows the name on 我的, and signs out', async () => {
    const page = await browser.open('/')
    await openMeFromHome(page)
    await expect.poll(() => accountCard(page).textContent()).toContain('未登录')

    await accountCard(page).getByRole('button', { name: '登录' }).click()
    const form = page.getByRole('form', { name: '开发登录' })
    await form.getByLabel('名字').fill('测试居民甲')
    await form.getByRole('button', { name: '登录' }).click()

    await expect.poll(() => accountCard(page).textContent(), { timeout: 15_000 }).toContain('测试居民甲')
    expect(await accountCard(page).textContent()).toContain('居民/企业用户')
    await expect.poll(() => page.getByText('正在确认登录状态…').count()).toBe(0)

    await page.getByRole('button', { name: '退出登录' }).click()
    await expect.poll(() => accountCard(page).textContent()).toContain('未登录')
    await page.reload()
    await expect.poll(() => accountCard(page).textContent(), { timeout: 15_000 }).toContain('未登录')
    expect(page.problems).toEqual([])
  })

  it('signs staff in from 我的 and shows their role and sub-district, also after a reload', async () => {
    const page = await browser.open('/')
    await openMeFromHome(page)

    await page.getByRole('button', { name: '工作人员登录' }).click()
    const form = page.getByRole('form', { name: '工作人员登录' })
    await form.getByLabel('用户名').fill('answerer.pingjiang')
    await form.getByLabel('密码').fill('Doorstep-2026')
    await form.getByRole('button', { name: '登录' }).click()

    await expect.poll(() => accountCard(page).textContent(), { timeout: 15_000 }).toContain('留言答复员')
    expect(await accountCard(page).textContent()).toContain('平江街道')
    await page.reload()
    await expect.poll(() => accountCard(page).textContent(), { timeout: 15_000 }).toContain('平江街道留言答复员')
    expect(page.problems).toEqual([])
  })

  it('shows field errors and the wrong-password message from the real API', async () => {
    const page = await browser.open('/packages/account/pages/staff-sign-in/index')
    const form = page.getByRole('form', { name: '工作人员登录' })
    await form.getByLabel('用户名').fill('Not A Name')
    await form.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => form.getByText('用户名格式不正确').count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => form.getByText('不能为空').count()).toBe(1)

    await form.getByLabel('用户名').fill('answerer.huqiu')
    await form.getByLabel('密码').fill('not-the-password')
    await form.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => form.getByRole('alert').textContent(), { timeout: 15_000 }).toBe('用户名或密码错误')
  })

  it('lets the H5 app read Retry-After across origins, for the lockout wait', async () => {
    const response = await fetch(`${inject('apiUrl')}/v1/auth/staff`, {
      method: 'POST',
      headers: { origin: inject('webUrl'), 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody.here', password: 'x' }),
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after')
  })
})
