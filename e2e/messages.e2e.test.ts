import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, residentSession, staffSession } from '../scripts/local-stack/api-fixtures'
import { useBrowser } from './browser'

const browser = useBrowser()

const statusRow = (page: Page) => page.getByText('状态', { exact: true }).locator('..')

describe('message board in the H5 app', () => {
  it('a resident writes, a staff member answers from the queue, the resident reads the answer and rates it', async () => {
    const title = `社保断缴怎么补缴${Date.now() % 100_000}`

    // --- the resident, from home: 留言通道 → 我要留言 → sign in → write
    const resident = await browser.open('/')
    await resident.getByRole('button', { name: /留言通道/ }).click()
    await resident.getByRole('button', { name: '我要留言' }).first().click({ timeout: 20_000 })
    await resident.getByRole('button', { name: '去登录' }).click({ timeout: 20_000 })
    const signIn = resident.getByRole('form', { name: '开发登录' })
    await signIn.getByLabel('名字').fill('留言测试居民')
    await signIn.getByRole('button', { name: '登录' }).click()

    const form = resident.getByRole('form', { name: '我要留言' })
    await form.getByRole('group', { name: '留言类别' }).getByRole('button', { name: '社会保障' }).click({ timeout: 20_000 })
    await form.getByLabel('标题').fill(title)
    await form.getByRole('textbox', { name: '留言内容' }).fill('去年换工作断缴了三个月社保，现在还能补缴吗？需要带什么材料？')
    await expect.poll(() => form.getByText(/^已输入 \d+\/1000 字$/).textContent()).toMatch(/已输入 3\d\/1000 字/)
    await form.getByRole('group', { name: '所在街道（选填）' }).getByRole('button', { name: '平江街道' }).click()
    await form.getByRole('button', { name: '提交留言' }).click()

    const receipt = resident.getByText(/^留言编号：LY-\d{8}-[2-9A-HJ-NP-Z]{4}$/)
    await expect.poll(() => receipt.count(), { timeout: 20_000 }).toBe(1)
    const trackingNo = (await receipt.textContent())!.replace('留言编号：', '')
    expect(await resident.getByText(/^工作人员将在 (\d{4}年)?\d+月\d+日（周.）前答复$/).count()).toBe(1)
    await resident.getByRole('button', { name: '查看这条留言' }).click()
    await expect.poll(() => statusRow(resident).textContent(), { timeout: 20_000 }).toContain('待受理')

    // --- a staff member signs in, opens it from the queue and answers
    const staff = await browser.open('/packages/account/pages/staff-sign-in/index', { viewport: { width: 1280, height: 900 } })
    const staffForm = staff.getByRole('form', { name: '工作人员登录' })
    await staffForm.getByLabel('用户名').fill('answerer.pingjiang')
    await staffForm.getByLabel('密码').fill('Doorstep-2026')
    await staffForm.getByRole('button', { name: '登录' }).click()
    await staff.getByRole('button', { name: '工作台' }).click({ timeout: 20_000 })
    await staff.getByRole('button', { name: /留言队列/ }).click({ timeout: 20_000 })
    const card = staff.getByRole('button', { name: new RegExp(`^${title}\\s*剩 \\d 个工作日`) })
    await card.click({ timeout: 20_000 })

    // at a desk the message opens beside the queue (e2e/desk-console.e2e.test.ts measures that console)
    const chosen = staff.getByRole('region', { name: '选中的留言' })
    await expect.poll(() => chosen.getByRole('heading', { level: 2 }).first().textContent(), { timeout: 20_000 }).toBe(title)
    expect(await chosen.getByText(trackingNo).count()).toBeGreaterThan(0)
    await chosen.getByRole('button', { name: '使用常用答复：告知所需材料' }).click()
    await chosen.getByRole('textbox', { name: '答复内容' }).fill('您好，可以补缴。请携带身份证到平江街道便民服务中心人社窗口办理。')
    await chosen.getByRole('button', { name: '发送答复' }).click()
    await expect.poll(() => statusRow(staff).textContent(), { timeout: 20_000 }).toContain('已答复')
    expect(staff.problems).toEqual([])

    // --- the resident sees the answer, says it solved the problem and rates it
    await resident.reload()
    const answer = resident.getByRole('region', { name: '答复', exact: true })
    await expect.poll(() => answer.textContent(), { timeout: 20_000 }).toContain('请携带身份证到平江街道便民服务中心人社窗口办理')
    const rating = resident.getByRole('region', { name: '评价这次答复' })
    await rating.getByRole('button', { name: '5 分 · 很满意' }).click()
    await rating.getByRole('button', { name: '提交评价' }).click()
    await expect.poll(() => rating.textContent(), { timeout: 20_000 }).toContain('您的评价：5 分 · 很满意')
    expect(await rating.getByRole('button').count()).toBe(0)

    // after a reload the rating is still there, and 我的 shows the note about the answer as unread
    await resident.reload()
    await expect
      .poll(() => resident.getByRole('region', { name: '评价这次答复' }).textContent(), { timeout: 20_000 })
      .toContain('您的评价：5 分 · 很满意')
    await resident.goto(`${inject('webUrl')}/#/packages/account/pages/me/index`)
    await expect.poll(() => resident.getByRole('button', { name: /^消息（\d+ 条未读）$/ }).count(), { timeout: 20_000 }).toBe(1)
    expect(resident.problems).toEqual([])
  }, 120_000)

  it('可能已有答复 keeps a place for the open message a resident can join, however many answers rank above it', async () => {
    const apiUrl = inject('apiUrl')
    const api = apiClient(apiUrl)
    const author = await residentSession(apiUrl, inject('weChatStandIn'), '相似留言作者')
    const staff = await staffSession(apiUrl, 'answerer.pingjiang')
    const write = (title: string, content: string) =>
      api<{ id: string }>(
        'POST',
        '/v1/messages',
        { category: 'social-security', title, content, subDistrict: 'pingjiang', public: true },
        author.token,
        { 'Idempotency-Key': `similar-${Date.now()}-${Math.random().toString(36).slice(2, 10)}` },
      )
    const act = (id: string, body: unknown) => api('POST', `/v1/admin/messages/${id}/actions`, body, staff.token)
    // Six answered questions much like the one typed below, and one still open that shares less of its words.
    for (let i = 1; i <= 6; i++) {
      const { id } = await write(`社保卡丢了怎么补办第${i}问`, '社保卡丢了怎么补办？社保卡补办要带什么材料？')
      await act(id, { action: 'reply', answer: '带身份证到就近服务站补办社保卡，当场可取。' })
    }
    // public from the start, waiting for its answer
    await write('社保卡补办进度', '社保卡补办以后多久能拿到？')

    const page = await browser.openWith('/packages/messages/pages/compose/index', {
      'doorstep.session': await residentSession(apiUrl, inject('weChatStandIn'), '相似留言读者'),
    })
    const form = page.getByRole('form', { name: '我要留言' })
    await form.getByRole('textbox', { name: '留言内容' }).fill('我的社保卡丢了，怎么补办？要带什么材料？', { timeout: 20_000 })
    const similar = page.getByRole('region', { name: '可能已有答复' })
    await expect.poll(() => similar.getByRole('button', { name: '我也有这个问题：社保卡补办进度' }).count(), { timeout: 20_000 }).toBe(1)
    expect(await similar.getByRole('group').count()).toBe(5)
    expect(page.problems).toEqual([])
  }, 120_000)
})
