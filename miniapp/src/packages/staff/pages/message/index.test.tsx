import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, RESIDENT, storedMessage } from '../../../../../test/fixtures/messages'
import { SENIOR_SCHOOL, SS_CARD } from '../../../../../test/fixtures/services'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { createFakeServicesApi } from '../../../../../test/support/fake-services-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { ROUTES } from '@/shared/navigation/routes'
import MessageDetailPage from '../../../messages/pages/detail/index'
import StaffMessagePage from './index'

const WAITING = storedMessage(21, {
  title: '灵活就业社保断缴了怎么办',
  content: '去年断缴了三个月，现在还能补缴吗？',
  phone: '13812345678',
  followUps: [{ at: '2026-11-24T01:00:00.000Z', text: '我是 1970 年出生的' }],
})
const ELSEWHERE = storedMessage(22, { title: '虎丘的留言', subDistrict: 'huqiu' })

function setUp() {
  const api = createFakeMessagesApi({
    people: { [ANSWERER.token]: ANSWERER.me, [RESIDENT.token]: RESIDENT.me },
    messages: [WAITING, ELSEWHERE],
  })
  return api
}
const region = (name: string) => screen.getByRole('region', { name })
const INTERNAL_NOTE = '已电话联系，居民下午来窗口'

describe('staff view of a message', () => {
  it('shows the author, phone, follow-ups and audit trail; claims, notes internally and replies from a template', async () => {
    const user = userEvent.setup()
    const api = setUp()
    openRoute(ROUTES.staffMessage(WAITING.id))
    renderWithSession(<StaffMessagePage />, { transport: api.transport, session: ANSWERER })

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(WAITING.title)
    expect(screen.getByText('联系电话').parentElement!.textContent).toContain('13812345678')
    expect(screen.getByText('留言人').parentElement!.textContent).toContain(`居民（账号尾号 ${RESIDENT.me.userId.slice(-6)}）`)
    expect(region('补充说明').textContent).toContain('我是 1970 年出生的')
    expect(region('内部备注（居民看不到）').textContent).toContain('还没有内部备注')

    await user.click(screen.getByRole('button', { name: '受理' }))
    await waitFor(() => expect(screen.getByText('状态').parentElement!.textContent).toContain('处理中'))
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull()

    const note = screen.getByRole('form', { name: '内部备注' })
    await fillTextarea(within(note).getByLabelText('内部备注'), INTERNAL_NOTE)
    await user.click(within(note).getByRole('button', { name: '添加备注' }))
    await waitFor(() => expect(region('内部备注（居民看不到）').textContent).toContain(INTERNAL_NOTE))

    const reply = screen.getByRole('form', { name: '答复内容' })
    await user.click(within(reply).getByRole('button', { name: '使用常用答复：告知所需材料' }))
    expect((within(reply).getByLabelText('答复内容') as HTMLTextAreaElement).value).toContain('需携带本人身份证原件')
    await user.click(within(reply).getByRole('button', { name: '发送答复' }))

    await waitFor(() => expect(screen.getByText('状态').parentElement!.textContent).toContain('已答复'))
    expect(region('答复').textContent).toContain('需携带本人身份证原件')
    expect(screen.queryByRole('form', { name: '答复内容' })).toBeNull()
    expect(screen.getByRole('button', { name: '办结' })).toBeTruthy()
    const steps = within(region('操作记录'))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(steps.at(-2)).toContain('answerer.pingjiang')
    expect(steps.at(-2)).toContain('受理 · 处理中')
    expect(steps.at(-1)).toContain('答复 · 已答复')
    const sent = api.requests.filter((r) => r.line === `POST /v1/admin/messages/${WAITING.id}/actions`).map((r) => r.body)
    expect(sent).toEqual([
      { action: 'claim' },
      { action: 'note', note: INTERNAL_NOTE },
      { action: 'reply', answer: expect.stringContaining('需携带本人身份证原件'), templateId: 'tpl-materials' },
    ])
  })

  it('shows the resident the answer but never the internal note', async () => {
    const user = userEvent.setup()
    const api = setUp()
    openRoute(ROUTES.staffMessage(WAITING.id))
    const staff = renderWithSession(<StaffMessagePage />, { transport: api.transport, session: ANSWERER })
    const note = await screen.findByRole('form', { name: '内部备注' })
    await fillTextarea(within(note).getByLabelText('内部备注'), INTERNAL_NOTE)
    await user.click(within(note).getByRole('button', { name: '添加备注' }))
    await waitFor(() => expect(region('内部备注（居民看不到）').textContent).toContain(INTERNAL_NOTE))
    const reply = screen.getByRole('form', { name: '答复内容' })
    await fillTextarea(within(reply).getByLabelText('答复内容'), '可以补缴，请带身份证到窗口。')
    await user.click(within(reply).getByRole('button', { name: '发送答复' }))
    await waitFor(() => expect(region('答复').textContent).toContain('可以补缴，请带身份证到窗口。'))
    staff.unmount()

    openRoute(ROUTES.messageDetail(WAITING.id))
    renderWithSession(<MessageDetailPage />, { transport: api.transport, session: RESIDENT })
    await waitFor(() => expect(region('答复').textContent).toContain('可以补缴，请带身份证到窗口。'))
    expect(document.body.textContent).not.toContain(INTERNAL_NOTE)
    expect(screen.queryByRole('region', { name: '内部备注（居民看不到）' })).toBeNull()
    expect(screen.queryByRole('region', { name: '操作记录' })).toBeNull()
  })

  it('transfers an open message to another sub-district', async () => {
    const user = userEvent.setup()
    const api = setUp()
    openRoute(ROUTES.staffMessage(WAITING.id))
    renderWithSession(<StaffMessagePage />, { transport: api.transport, session: ANSWERER })
    const transfer = await screen.findByRole('form', { name: '转办到其他街道' })
    await user.click(within(transfer).getByRole('button', { name: '确认转办' }))
    expect(within(transfer).getByText('请选择街道')).toBeTruthy()
    await user.click(within(transfer).getByRole('button', { name: '沧浪街道' }))
    await user.click(within(transfer).getByRole('button', { name: '确认转办' }))
    await waitFor(() => expect(api.message(WAITING.id)?.subDistrict).toBe('canglang'))
  })

  it('tags a demand with a service chosen from the catalogue, never a typed id', async () => {
    const user = userEvent.setup()
    const api = setUp()
    const catalogue = createFakeServicesApi({ services: [SENIOR_SCHOOL, SS_CARD], sessions: [] })
    const transport: typeof api.transport = (request) =>
      new URL(request.url).pathname.startsWith('/v1/services') ? catalogue.transport(request) : api.transport(request)
    openRoute(ROUTES.staffMessage(WAITING.id))
    renderWithSession(<StaffMessagePage />, { transport, session: ANSWERER })
    const demand = await screen.findByRole('form', { name: '标记为服务需求' })
    expect(within(demand).queryByRole('textbox', { name: /编号/ })).toBeNull()
    await user.type(within(demand).getByRole('textbox', { name: /需求主题/ }), '老年人学用手机')
    await user.click(await within(demand).findByRole('button', { name: '人才技能' }))
    await user.click(within(demand).getByRole('button', { name: '乐龄学堂' }))
    await user.click(within(demand).getByRole('button', { name: '标记需求' }))
    await waitFor(() => expect(api.message(WAITING.id)?.demand).toMatchObject({ topic: '老年人学用手机', serviceId: 'svc-senior-school' }))
    expect(within(demand).getByText(/服务项目：乐龄学堂/)).toBeTruthy()
  })

  it('finds nothing outside the answerer’s sub-district', async () => {
    openRoute(ROUTES.staffMessage(ELSEWHERE.id))
    renderWithSession(<StaffMessagePage />, { transport: setUp().transport, session: ANSWERER })
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这条留言')
  })
})
