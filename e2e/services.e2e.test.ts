import { shanghaiDate } from '@doorstep/shared'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser'

const browser = useBrowser()
const day = (days: number, time: string) => `${shanghaiDate(new Date(Date.now() + days * 86_400_000))}T${time}`

/** A session of 乐龄学堂 of its own, dated from today, through the real admin API. */
async function createSession(title: string) {
  const api = inject('apiUrl')
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
  const { token } = await (await post('/v1/auth/staff', { username: 'admin', password: 'Doorstep-2026' })).json()
  const res = await post(
    '/v1/admin/sessions',
    {
      serviceId: 'svc-senior-school',
      title,
      startsAt: day(3, '09:30'),
      endsAt: day(3, '11:00'),
      stationId: 'st-centre-canglang',
      capacity: 10,
      signUpBy: day(2, '17:00'),
    },
    token,
  )
  expect(res.status).toBe(201)
}

const card = (page: Page, title: string) => page.getByRole('group', { name: title })

describe('services and sign-up in the H5 app', () => {
  it('signs in, opens a service, signs up, sees it in 我的报名 and cancels', async () => {
    const title = `手机办社保体验课${Date.now() % 100_000}`
    await createSession(title)
    const page = await browser.open('/')

    await page.getByRole('button', { name: /服务一网了解/ }).click()
    await page.getByRole('button', { name: /乐龄学堂/ }).click()
    await expect.poll(() => card(page, title).count(), { timeout: 20_000 }).toBe(1)

    // Not signed in yet: the card sends the resident to sign in, then back here.
    await card(page, title)
      .getByRole('button', { name: new RegExp(`^登录后报名：${title}（`) })
      .click()
    const form = page.getByRole('form', { name: '开发登录' })
    await form.getByLabel('名字').fill('报名测试居民')
    await form.getByRole('button', { name: '登录' }).click()

    await card(page, title)
      .getByRole('button', { name: new RegExp(`^报名：${title}（`) })
      .click({ timeout: 20_000 })
    await expect.poll(() => card(page, title).textContent(), { timeout: 15_000 }).toContain('报名成功')

    // straight from the card to where the sign-up is kept
    await card(page, title).getByRole('button', { name: '查看我的报名' }).click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/packages/services/pages/mine/index')
    await expect.poll(() => card(page, title).textContent(), { timeout: 15_000 }).toContain('已报名')

    // The question is a dialog a keyboard and a screen reader can use: focus starts on the safe choice, Tab stays
    // inside, Escape keeps the sign-up and returns focus to the button that asked.
    const cancelButton = card(page, title).getByRole('button', { name: new RegExp(`^取消报名：${title}（`) })
    await cancelButton.click()
    const dialog = page.getByRole('alertdialog', { name: '取消报名' })
    await expect.poll(() => dialog.getAttribute('aria-modal')).toBe('true')
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    expect(await focused()).toBe('再想想')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('确定取消')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('再想想')
    await page.keyboard.press('Escape')
    expect(await dialog.count()).toBe(0)
    expect(await cancelButton.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await card(page, title).textContent()).toContain('已报名')

    await cancelButton.click()
    await dialog.getByRole('button', { name: '确定取消' }).click()
    await expect.poll(() => card(page, title).textContent(), { timeout: 15_000 }).toContain('已取消')
    expect(page.problems).toEqual([])
  }, 90_000)
})
