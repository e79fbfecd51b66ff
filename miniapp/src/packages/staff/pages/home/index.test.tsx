import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, ANSWERER, DESK } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import StaffHomePage from './index'

const transport = () => createFakeMessagesApi({ people: {} }).transport
const links = () => screen.getAllByRole('listitem').map((item) => within(item).getByRole('button').textContent)

describe('工作台 (staff console)', () => {
  it('gives an answerer the message board: queue, assisted filing and dashboard', async () => {
    renderWithSession(<StaffHomePage />, { transport: transport(), session: ANSWERER })
    expect(screen.getByText('平江街道留言答复员（示例） · 平江街道')).toBeTruthy()
    expect(links()).toEqual([expect.stringContaining('留言队列'), expect.stringContaining('代客留言'), expect.stringContaining('数据看板')])
    await userEvent.click(screen.getByRole('button', { name: /留言队列/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffQueue}`)
    await userEvent.click(screen.getByRole('button', { name: /数据看板/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffDashboard}`)
  })

  it('gives a desk the company set-up desk only, and an admin everything', async () => {
    const desk = renderWithSession(<StaffHomePage />, { transport: transport(), session: DESK })
    expect(links()).toEqual([expect.stringContaining('企业开办服务台')])
    await userEvent.click(screen.getByRole('button', { name: /企业开办服务台/ }))
    expect(window.location.hash).toBe(`#${ROUTES.deskCases}`)
    desk.unmount()

    renderWithSession(<StaffHomePage />, { transport: transport(), session: ADMIN })
    expect(links()).toHaveLength(4)
  })

  it('asks anyone else to sign in as staff', async () => {
    renderWithSession(<StaffHomePage />, { transport: transport() })
    await userEvent.click(screen.getByRole('button', { name: '工作人员登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffSignIn}`)
  })
})
