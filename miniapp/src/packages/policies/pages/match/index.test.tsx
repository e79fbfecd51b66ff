import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakePoliciesApi } from '../../../../../test/support/fake-policies-api'
import { renderWithApi } from '../../../../../test/support/render-with-api'
import PolicyMatchPage from './index'

describe('policy matcher page', () => {
  it('needs who you are, then sends the answers and lists policies with their reasons', async () => {
    const api = createFakePoliciesApi()
    renderWithApi(<PolicyMatchPage />, api.transport)
    const submit = screen.getByRole('button', { name: '请先选择您的身份' })
    expect(submit.getAttribute('aria-disabled')).toBe('true')

    await userEvent.click(screen.getByRole('button', { name: '高校毕业生' }))
    await userEvent.click(screen.getByRole('button', { name: '16–24 岁' }))
    await userEvent.click(screen.getByRole('button', { name: '不是苏州户籍' }))
    await userEvent.click(screen.getByRole('button', { name: '看看我能享受哪些政策' }))

    const list = await screen.findByRole('list', { name: '适合您的政策' })
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(3)
    expect(within(list).getAllByText('✓ 适用于高校毕业生').length).toBeGreaterThan(3)
    expect(api.requests).toEqual(['POST /v1/policies/match'])
  })

  it('asks a company its size instead of age and hukou', async () => {
    renderWithApi(<PolicyMatchPage />, createFakePoliciesApi().transport)
    await userEvent.click(screen.getByRole('button', { name: '用人单位（企业）' }))
    expect(screen.getByRole('group', { name: '2. 企业有多少员工？' })).toBeTruthy()
    expect(screen.queryByRole('group', { name: '3. 是否苏州户籍？' })).toBeNull()
  })

  it('shows an error with 重试 that sends the same answers again', async () => {
    const api = createFakePoliciesApi()
    api.failNext(1)
    renderWithApi(<PolicyMatchPage />, api.transport)
    await userEvent.click(screen.getByRole('button', { name: '退休人员' }))
    await userEvent.click(screen.getByRole('button', { name: '看看我能享受哪些政策' }))
    const alert = await screen.findByRole('alert')
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await screen.findByRole('list', { name: '适合您的政策' })
    expect(api.requests).toEqual(['POST /v1/policies/match', 'POST /v1/policies/match'])
  })
})
