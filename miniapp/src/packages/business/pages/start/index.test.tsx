import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { BAD_CREDIT_CODE, DESK, GOOD_CREDIT_CODE, OWNER, PEOPLE, SUJIN_COMPANY } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi, DEADLINE_TEMPLATE } from '../../../../../test/support/fake-companies-api'
import { subscribePrompt } from '../../../../../test/taro-shim'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import CompanyStartPage from './index'

// as in WeChat, where the prompt exists (H5 has none: request-subscribe.h5.ts)
vi.mock('@/features/inbox/request-subscribe', () => import('@/features/inbox/request-subscribe.weapp'))

const input = (label: string) => screen.getByLabelText(label)
const wizard = () => screen.getByRole('form', { name: '开办登记' })
const posts = (api: { requests: string[] }) => api.requests.filter((r) => r.startsWith('POST /v1/companies'))

async function fillFirstPage(code: string) {
  await userEvent.type(input('企业名称'), SUJIN_COMPANY.name)
  await userEvent.type(input('统一社会信用代码'), code)
  await userEvent.type(input('法定代表人'), SUJIN_COMPANY.legalRepresentative)
  await userEvent.type(input('成立日期'), SUJIN_COMPANY.foundedOn)
}

async function fillTheRest() {
  await userEvent.click(screen.getByRole('button', { name: '下一步' }))
  await userEvent.click(within(screen.getByRole('group', { name: '所在街道' })).getByRole('button', { name: '苏锦街道' }))
  await userEvent.click(screen.getByRole('button', { name: '所在街道的用工管家' }))
  await userEvent.type(input('经营地址'), SUJIN_COMPANY.address)
  await userEvent.type(input('联系电话'), SUJIN_COMPANY.contactPhone)
  await userEvent.click(screen.getByRole('button', { name: '下一步' }))
  await userEvent.type(input('预计招用员工人数'), '5')
}

describe('开办登记 (the onboarding wizard)', () => {
  it('checks the credit code as it is typed and shows what is wrong at the field, sending nothing', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    renderWithSession(<CompanyStartPage />, { transport: api.transport, session: OWNER })

    await userEvent.type(input('统一社会信用代码'), GOOD_CREDIT_CODE.slice(0, 12))
    expect(screen.getByText('已输入 12 位，还差 6 位')).toBeTruthy()
    expect(input('统一社会信用代码').getAttribute('aria-invalid')).toBeNull()

    await userEvent.clear(input('统一社会信用代码'))
    await fillFirstPage(BAD_CREDIT_CODE)
    const message = '统一社会信用代码校验不通过：有一位输错了，请对照营业执照逐位核对'
    expect(screen.getByText(message)).toBeTruthy()
    expect(input('统一社会信用代码').getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(input('统一社会信用代码').getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe(
      message,
    )

    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getByText('第 1 步（共 3 步）：企业信息')).toBeTruthy()
    // nothing sent: only the notification settings were read, for the consent asked when the case is opened
    expect(api.requests.filter((r) => !r.startsWith('GET /v1/me/subscriptions'))).toEqual([])

    // A character the code never uses is named with its position.
    await userEvent.clear(input('统一社会信用代码'))
    await userEvent.type(input('统一社会信用代码'), '91320508I')
    expect(screen.getByText('第 9 位“I”不对：代码只有数字和大写字母，不含 I、O、S、V、Z')).toBeTruthy()

    await userEvent.clear(input('统一社会信用代码'))
    await userEvent.type(input('统一社会信用代码'), GOOD_CREDIT_CODE.toLowerCase())
    expect(screen.getByText('✓ 统一社会信用代码校验通过')).toBeTruthy()
    expect(input('统一社会信用代码').getAttribute('aria-invalid')).toBeNull()
  })

  it('walks three pages, checks each before the next, and opens the case', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    renderWithSession(<CompanyStartPage />, { transport: api.transport, session: OWNER })

    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(within(wizard()).getAllByText('必填')).toHaveLength(3)
    expect(screen.getByText('请填写统一社会信用代码')).toBeTruthy()

    await fillFirstPage(GOOD_CREDIT_CODE)
    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getByText('请选择所在街道')).toBeTruthy()
    expect(screen.getByText('请选择到哪里办理')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '上一步' }))
    await fillTheRest()

    const review = screen.getByRole('region', { name: '请核对' })
    expect(review.textContent).toContain(GOOD_CREDIT_CODE)
    expect(review.textContent).toContain('苏锦街道')
    await userEvent.click(screen.getByRole('button', { name: '提交，生成办理清单' }))

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/packages\/business\/pages\/case\/index\?id=/))
    const created = api.caseByCreditCode(GOOD_CREDIT_CODE)!
    expect(window.location.hash).toBe(`#${ROUTES.companyCase(created.id)}`)
    expect(created).toMatchObject({ subDistrict: 'sujin', expectedHeadcount: 5, contactPhone: SUJIN_COMPANY.contactPhone })
    expect(created.stationId).toBeUndefined()
  })

  it("asks WeChat's permission for the registration-deadline reminders in the tap that opens the case, and passes the answer on", async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    renderWithSession(<CompanyStartPage />, { transport: api.transport, session: OWNER })
    await waitFor(() => expect(api.requests).toContain('GET /v1/me/subscriptions'))
    await fillFirstPage(GOOD_CREDIT_CODE)
    await fillTheRest()
    expect(subscribePrompt.asked).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: '提交，生成办理清单' }))
    await waitFor(() => expect(api.caseByCreditCode(GOOD_CREDIT_CODE)).toBeTruthy())
    expect(subscribePrompt.asked).toEqual([[DEADLINE_TEMPLATE]])
    await waitFor(() => expect(api.requests).toContain('POST /v1/me/subscriptions'))
    expect(api.subscriptions.settingsOf('user-owner').consents).toEqual([{ kind: 'company-deadline', available: 1, lastAnswer: 'accept' }])
  })

  it('links to the active case when one already exists for the code', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const first = renderWithSession(<CompanyStartPage />, { transport: api.transport, session: OWNER })
    await fillFirstPage(GOOD_CREDIT_CODE)
    await fillTheRest()
    await userEvent.click(screen.getByRole('button', { name: '提交，生成办理清单' }))
    await waitFor(() => expect(api.caseByCreditCode(GOOD_CREDIT_CODE)).toBeTruthy())
    first.unmount()

    renderWithSession(<CompanyStartPage />, { transport: api.transport, session: OWNER })
    await fillFirstPage(GOOD_CREDIT_CODE)
    await fillTheRest()
    await userEvent.click(screen.getByRole('button', { name: '提交，生成办理清单' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('这家企业已有进行中的开办事项')
    await userEvent.click(within(alert).getByRole('button', { name: `继续办理：${SUJIN_COMPANY.name}` }))
    expect(window.location.hash).toBe(`#${ROUTES.companyCase(api.caseByCreditCode(GOOD_CREDIT_CODE)!.id)}`)
    expect(posts(api)).toHaveLength(2)
  })

  it('asks a visitor to sign in, and tells staff the page is for companies', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const visitor = renderWithSession(<CompanyStartPage />, { transport: api.transport })
    await userEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
    visitor.unmount()

    renderWithSession(<CompanyStartPage />, { transport: api.transport, session: DESK })
    expect(screen.getByText('这里是企业经办人办理的页面')).toBeTruthy()
    expect(screen.queryByRole('form')).toBeNull()
  })
})
