import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { GRID, RESIDENT } from '../../../../test/fixtures/messages'
import { OPEN_SESSION } from '../../../../test/fixtures/services'
import { createFakeDemandsApi } from '../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../test/support/render-with-session'
import { ClaimForm } from './claim-form'

describe('领取代报名', () => {
  it('takes a sign-up made for me with its code and my phone; a wrong phone is refused and nothing moves', async () => {
    const user = userEvent.setup()
    const fake = createFakeDemandsApi({ people: { [RESIDENT.token]: RESIDENT.me, [GRID.token]: GRID.me }, sessions: [OPEN_SESSION] })
    fake.claims.set('123456', { sessionId: OPEN_SESSION.id, phone: '13912345678' })
    const onClaimed = vi.fn()
    renderWithSession(<ClaimForm onClaimed={onClaimed} />, { transport: fake.transport, session: RESIDENT })

    await user.click(screen.getByRole('button', { name: '领取' }))
    expect(screen.getByRole('alert').textContent).toBe('请填写 6 位领取码和手机号')
    await user.type(screen.getByLabelText('领取码'), '123456')
    await user.type(screen.getByLabelText('代报名时留的手机号'), '13900000000')
    await user.click(screen.getByRole('button', { name: '领取' }))
    expect((await screen.findByRole('alert')).textContent).toContain('领取码或手机号不正确')
    expect(onClaimed).not.toHaveBeenCalled()

    await user.clear(screen.getByLabelText('代报名时留的手机号'))
    await user.type(screen.getByLabelText('代报名时留的手机号'), '13912345678')
    await user.click(screen.getByRole('button', { name: '领取' }))
    expect((await screen.findByRole('status')).textContent).toBe(`已领取：${OPEN_SESSION.title}`)
    expect(onClaimed).toHaveBeenCalledOnce()
  })
})
