import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, RESIDENT } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { ROUTES } from '@/shared/navigation/routes'
import AssistedFilingPage from './index'

const form = () => screen.getByRole('form', { name: '我要留言' })
const field = (label: string) => within(form()).getByLabelText(label)

describe('代客留言 page', () => {
  it('files a message for a walk-in resident, who is named on it, and it joins the queue', async () => {
    const user = userEvent.setup()
    const api = createFakeMessagesApi({ people: { [ANSWERER.token]: ANSWERER.me } })
    renderWithSession(<AssistedFilingPage />, { transport: api.transport, session: ANSWERER })

    await user.click(within(form()).getByRole('button', { name: '提交留言' }))
    expect(field('居民姓名').getAttribute('aria-invalid')).toBe('true')
    expect(api.requests).toEqual([])

    await user.type(field('居民姓名'), '张阿姨')
    await user.type(field('居民电话（选填）'), '13900001111')
    await user.click(within(screen.getByRole('group', { name: /^留言类别/ })).getByRole('button', { name: '社会保障' }))
    await user.type(field('标题'), '退休手续怎么办')
    await fillTextarea(field('留言内容'), '明年退休，想问退休手续要准备什么。')
    await user.click(within(screen.getByRole('group', { name: '所在街道（选填）' })).getByRole('button', { name: '平江街道' }))
    await user.click(within(form()).getByRole('button', { name: '提交留言' }))

    const receipt = await screen.findByRole('status')
    expect(receipt.textContent).toContain('已代为提交')
    const [stored] = api.all()
    expect(stored).toMatchObject({
      filedFor: { name: '张阿姨', phone: '13900001111' },
      filedBy: 'answerer.pingjiang',
      subDistrict: 'pingjiang',
      status: 'pending',
    })
    expect(receipt.textContent).toContain(`留言编号：${stored!.trackingNo}`)
    const [request] = api.requests
    expect(request!.line).toBe('POST /v1/admin/messages')
    expect(request!.idempotencyKey).toMatch(/^draft-/)
    expect(request!.body).toMatchObject({ residentName: '张阿姨', residentPhone: '13900001111', category: 'social-security' })

    await user.click(screen.getByRole('button', { name: '去留言队列' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffQueue}`)
  })

  it('is not for residents', async () => {
    renderWithSession(<AssistedFilingPage />, { transport: createFakeMessagesApi({ people: {} }).transport, session: RESIDENT })
    await waitFor(() => expect(screen.getByText('请用工作人员账号登录')).toBeTruthy())
    expect(screen.queryByRole('form')).toBeNull()
  })
})
