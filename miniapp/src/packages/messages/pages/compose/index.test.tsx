import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ANSWERED_PUBLIC, OPEN_PUBLIC, RESIDENT } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi, STATUS_TEMPLATE } from '../../../../../test/support/fake-messages-api'
import { subscribePrompt } from '../../../../../test/taro-shim'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { TransportFailure, type Transport } from '@/shared/api/transport'
import { ROUTES } from '@/shared/navigation/routes'
import ComposeMessagePage from './index'

// As on weapp: WeChat's subscription prompt (the H5 build has none, see request-subscribe.h5.ts)
vi.mock('@/features/inbox/request-subscribe', () => import('@/features/inbox/request-subscribe.weapp'))

const api = () => createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me }, messages: [ANSWERED_PUBLIC, OPEN_PUBLIC] })
const form = () => screen.getByRole('form', { name: '我要留言' })
const field = (label: string) => within(form()).getByLabelText(label)
/** The texts an input is described by: its hint, then its problem. */
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)

async function fillDraft(
  user: ReturnType<typeof userEvent.setup>,
  { title = '灵活就业社保怎么交', content = '我是灵活就业人员，社保怎么交？', phone = '' } = {},
) {
  await user.click(within(screen.getByRole('group', { name: /^留言类别/ })).getByRole('button', { name: '社会保障' }))
  await user.type(field('标题'), title)
  await fillTextarea(field('留言内容'), content)
  if (phone) await user.type(field('联系电话（选填）'), phone)
}

const submissions = (fake: ReturnType<typeof api>) => fake.requests.filter((r) => r.line === 'POST /v1/messages')

describe('我要留言 page', () => {
  it('shows similar answered messages while typing, and takes a me-too on an open one instead of a duplicate', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<ComposeMessagePage />, { transport: fake.transport, session: RESIDENT })
    await fillDraft(user)

    const similar = await screen.findByRole('region', { name: '可能已有答复' }, { timeout: 3000 })
    const answered = within(similar).getByRole('group', { name: ANSWERED_PUBLIC.title })
    expect(answered.textContent).toContain('可携带身份证到街道便民服务中心人社窗口办理')
    // the phone number in a public message is masked
    expect(answered.textContent).toContain('138****5678')
    expect(within(answered).queryByRole('button', { name: /我也有这个问题/ })).toBeNull()

    await user.click(within(similar).getByRole('button', { name: `我也有这个问题：${OPEN_PUBLIC.title}` }))
    expect((await within(similar).findByRole('status')).textContent).toBe('已记录，共 1 人有同样的问题')
    expect(fake.requests.map((r) => r.line)).toContain(`POST /v1/messages/${OPEN_PUBLIC.id}/me-too`)
    expect(submissions(fake)).toEqual([])
  })

  it('counts the characters as the resident types', async () => {
    renderWithSession(<ComposeMessagePage />, { transport: api().transport, session: RESIDENT })
    expect(screen.getByText('已输入 0/1000 字')).toBeTruthy()
    await fillTextarea(field('留言内容'), '社保卡丢了')
    expect(screen.getByText('已输入 5/1000 字')).toBeTruthy()
  })

  it('sends the same Idempotency-Key again when the answer to the first try got lost, and one message is stored', async () => {
    const user = userEvent.setup()
    const fake = api()
    // The first submission reaches the API and is stored, but the connection drops before the answer arrives.
    let dropNextAnswer = true
    const transport: Transport = async (request) => {
      const response = await fake.transport(request)
      if (request.method === 'POST' && request.url.endsWith('/v1/messages') && dropNextAnswer) {
        dropNextAnswer = false
        throw new TransportFailure('network', 'connection reset')
      }
      return response
    }
    renderWithSession(<ComposeMessagePage />, { transport, session: RESIDENT })
    await fillDraft(user)
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))

    const problem = await within(form()).findByRole('alert')
    expect(problem.textContent).toContain('留言没有提交成功')
    expect(problem.textContent).toContain('同一条留言不会重复提交')

    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    const receipt = await screen.findByRole('status')
    const stored = fake.all().filter((m) => m.authorId === RESIDENT.me.userId)
    expect(stored).toHaveLength(1)
    expect(receipt.textContent).toContain(`留言编号：${stored[0]!.trackingNo}`)
    // submitted Wednesday 2026-11-25: three working days → Monday 11-30
    expect(receipt.textContent).toContain('工作人员将在 11月30日（周一）前答复')

    const [first, retry] = submissions(fake)
    expect(submissions(fake)).toHaveLength(2)
    expect(first!.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,128}$/)
    expect(retry!.idempotencyKey).toBe(first!.idempotencyKey)
    expect(retry!.body).toEqual(first!.body)

    await user.click(screen.getByRole('button', { name: '查看这条留言' }))
    expect(window.location.hash).toBe(`#${ROUTES.messageDetail(stored[0]!.id)}`)
  })

  it("asks WeChat's permission to send the answer in the tap that sends the message, and passes the answer on", async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<ComposeMessagePage />, { transport: fake.transport, session: RESIDENT })
    await fillDraft(user)
    await waitFor(() => expect(fake.requests.some((r) => r.line === 'GET /v1/me/subscriptions')).toBe(true))
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))

    await screen.findByRole('status')
    expect(subscribePrompt.asked).toEqual([[STATUS_TEMPLATE]])
    await waitFor(() =>
      expect(fake.requests.filter((r) => r.line === 'POST /v1/me/subscriptions').map((r) => r.body)).toEqual([
        { answers: { [STATUS_TEMPLATE]: 'accept' } },
      ]),
    )
    expect(submissions(fake)).toHaveLength(1)
  })

  it('sends once for a double tap, and a new draft gets a new key', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<ComposeMessagePage />, { transport: fake.transport, session: RESIDENT })
    await fillDraft(user)
    const send = within(form()).getByRole('button', { name: '提交留言' })
    await user.dblClick(send)
    await screen.findByText('留言已提交')
    expect(submissions(fake)).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: '再写一条' }))
    await fillDraft(user, { title: '失业金怎么领', content: '刚失业，失业金怎么领？' })
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    await screen.findByText('留言已提交')
    const [first, second] = submissions(fake)
    expect(second!.idempotencyKey).not.toBe(first!.idempotencyKey)
    expect(fake.all().filter((m) => m.authorId === RESIDENT.me.userId)).toHaveLength(2)
  })

  it('shows what is missing before sending, and the API’s 422 problems next to their fields', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<ComposeMessagePage />, { transport: fake.transport, session: RESIDENT })

    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    expect(screen.getByRole('group', { name: '留言类别（必填）：请选择留言类别' })).toBeTruthy()
    expect(describedBy(field('标题'))).toContain('请填写标题')
    expect(describedBy(field('留言内容'))).toContain('请填写留言内容')
    expect(submissions(fake)).toEqual([])

    await fillDraft(user, { content: '可以帮忙代开发票吗', phone: '12345' })
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    expect((await within(form()).findByRole('alert')).textContent).toContain('请按提示修改后再提交')
    expect(describedBy(field('联系电话（选填）'))).toContain('请填写手机号或带区号的固定电话')
    expect(field('联系电话（选填）').getAttribute('aria-invalid')).toBe('true')

    await user.clear(field('联系电话（选填）'))
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    await waitFor(() => expect(describedBy(field('留言内容'))).toContain('含有不允许发布的内容「代开发票」，请修改'))
    expect(fake.all().filter((m) => m.authorId === RESIDENT.me.userId)).toEqual([])
  })

  it('asks a visitor to sign in first', async () => {
    const user = userEvent.setup()
    renderWithSession(<ComposeMessagePage />, { transport: api().transport })
    await user.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
  })
})
