import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { POLICY_CONSULT, SENIOR_SCHOOL, SS_CARD } from '../../../../../test/fixtures/services'
import { createFakeServicesApi } from '../../../../../test/support/fake-services-api'
import { renderWithApi } from '../../../../../test/support/render-with-api'
import { ROUTES } from '@/shared/navigation/routes'
import ServiceCataloguePage from './index'

const api = () => createFakeServicesApi({ services: [SENIOR_SCHOOL, SS_CARD, POLICY_CONSULT], sessions: [] })

describe('service catalogue page', () => {
  it('groups the services by category in the district’s order, marking those you can sign up for', async () => {
    renderWithApi(<ServiceCataloguePage />, api().transport)

    const sections = await screen.findAllByRole('region')
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual(['政策服务', '人才技能', '社会保障'])
    const talent = screen.getByRole('region', { name: '人才技能' })
    expect(within(talent).getByRole('button', { name: /乐龄学堂/ }).textContent).toContain('可报名')
    expect(within(screen.getByRole('region', { name: '社会保障' })).getByRole('button', { name: /社保卡办理/ }).textContent).not.toContain(
      '可报名',
    )
  })

  it('opens a service and 我的报名', async () => {
    renderWithApi(<ServiceCataloguePage />, api().transport)
    await userEvent.click(await screen.findByRole('button', { name: /乐龄学堂/ }))
    expect(window.location.hash).toBe(`#${ROUTES.serviceDetail('svc-senior-school')}`)
    await userEvent.click(screen.getByRole('button', { name: '我的报名' }))
    expect(window.location.hash).toBe(`#${ROUTES.myEnrollments}`)
  })

  it('offers 重试 when loading fails, then shows the services', async () => {
    const fake = api()
    fake.failNext()
    renderWithApi(<ServiceCataloguePage />, fake.transport)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务项目没有加载出来')
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('button', { name: /乐龄学堂/ })).toBeTruthy()
  })
})
