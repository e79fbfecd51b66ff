import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { EMPLOYEE_A, EMPLOYEE_B, idNumber, openSujinCase, OWNER, PEOPLE } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../../test/support/fake-companies-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { ROUTES } from '@/shared/navigation/routes'
import EmployeesPage from './index'

const roster = () => screen.getByRole('region', { name: '员工' })
const importer = () => screen.getByRole('region', { name: '批量导入（CSV）' })
const csvField = () => within(importer()).getByLabelText('CSV 内容')
const BAD_ID = `${EMPLOYEE_B.idNumber.slice(0, 17)}${EMPLOYEE_B.idNumber[17] === '0' ? '1' : '0'}`

async function openRoster(employees: object[] = []) {
  const api = createFakeCompaniesApi({ people: PEOPLE })
  const created = await openSujinCase(api.transport, employees)
  openRoute(ROUTES.companyEmployees(created.id))
  renderWithSession(<EmployeesPage />, { transport: api.transport, session: OWNER })
  await screen.findByText('苏州示例餐饮管理有限公司的职工名册')
  return { api, id: created.id }
}

describe('员工名册 page', () => {
  it('lists the roster with ID numbers and phones masked', async () => {
    await openRoster([EMPLOYEE_A, EMPLOYEE_B])
    const wang = await screen.findByRole('group', { name: '王芳' })
    expect(wang.textContent).toContain(`身份证：${EMPLOYEE_A.idNumber.slice(0, 4)}**********${EMPLOYEE_A.idNumber.slice(-4)}`)
    expect(wang.textContent).toContain('手机：139****5678')
    expect(wang.textContent).toMatch(/已签劳动合同，(2029年)?11月24日（周六）到期/)
    expect(wang.textContent).not.toContain(EMPLOYEE_A.idNumber)
    expect(screen.getByRole('group', { name: '张伟' }).textContent).toContain('尚未签劳动合同')
    expect(screen.getByRole('list', { name: '员工名册，共 2 人' })).toBeTruthy()
  })

  it('checks the ID number at the field (GB 11643) before anything is sent, then adds the person', async () => {
    const { api } = await openRoster()
    await screen.findByText('名册里还没有员工')
    await userEvent.click(within(roster()).getByRole('button', { name: '添加员工' }))
    const form = screen.getByRole('form', { name: '添加员工' })
    await userEvent.type(within(form).getByLabelText('姓名'), EMPLOYEE_B.name)
    await userEvent.type(within(form).getByLabelText('身份证号码'), BAD_ID)
    expect(within(form).getByText('身份证号码校验不通过：有一位输错了，请对照身份证逐位核对')).toBeTruthy()
    expect(within(form).getByLabelText('身份证号码').getAttribute('aria-invalid')).toBe('true')
    await userEvent.type(within(form).getByLabelText('手机号码'), EMPLOYEE_B.phone)
    await userEvent.type(within(form).getByLabelText('入职日期'), EMPLOYEE_B.hiredOn)
    await userEvent.click(within(form).getByRole('button', { name: '否' }))
    await userEvent.click(within(form).getByRole('button', { name: '添加员工' }))
    expect(api.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1) // opening the case, nothing since

    await userEvent.clear(within(form).getByLabelText('身份证号码'))
    await userEvent.type(within(form).getByLabelText('身份证号码'), EMPLOYEE_B.idNumber.toLowerCase())
    expect(within(form).getByText('✓ 身份证号码校验通过')).toBeTruthy()
    await userEvent.click(within(form).getByRole('button', { name: '添加员工' }))
    expect(await screen.findByRole('group', { name: '张伟' })).toBeTruthy()
    // the form stays open, emptied, for the next person
    await waitFor(() => expect(within(screen.getByRole('form', { name: '添加员工' })).getByLabelText('姓名')).toHaveProperty('value', ''))
  })

  it('refuses a CSV with a bad row and reports it row by row, then imports only the valid rows when asked', async () => {
    const { api, id } = await openRoster()
    const csv = [
      '姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日',
      `王芳,${EMPLOYEE_A.idNumber},${EMPLOYEE_A.phone},2026-11-25,是,2029-11-24`,
      `张伟,${BAD_ID},${EMPLOYEE_B.phone},2026-11-26,否,`,
      `赵敏,${idNumber('32050819950505789')},13700001111,2026-11-27,是,`,
    ].join('\n')
    await fillTextarea(csvField(), csv)
    await userEvent.click(within(importer()).getByRole('button', { name: '检查并导入' }))

    const report = await within(importer()).findByRole('region', { name: '导入结果' })
    expect(within(report).getByRole('alert').textContent).toBe('有 1 行有问题，一行也没有导入。请修改后重新导入，或选择只导入正确的 2 行。')
    const bad = within(report).getByRole('list', { name: '有问题的行' })
    expect(bad.textContent).toContain('第 3 行')
    expect(bad.textContent).toContain('身份证号码：身份证号码不正确，请核对')
    expect(report.textContent).toContain('正确的行：第 2、4 行')
    expect(api.requests).toContain(`POST /v1/companies/${id}/employees/import?mode=all`)
    expect(screen.queryByRole('group', { name: '王芳' })).toBeNull()

    await userEvent.click(within(importer()).getByRole('button', { name: '只导入正确的行（2 行）' }))
    await waitFor(() =>
      expect(within(importer()).getByRole('region', { name: '导入结果' }).textContent).toContain('已导入 2 人，跳过 1 行有问题的。'),
    )
    expect(api.requests).toContain(`POST /v1/companies/${id}/employees/import?mode=valid`)
    expect(await screen.findByRole('group', { name: '王芳' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '赵敏' })).toBeTruthy()
    expect(screen.queryByRole('group', { name: '张伟' })).toBeNull()
  })

  it('imports everything at once when every row is right, and says what is wrong with the file as a whole', async () => {
    const { api } = await openRoster()
    await userEvent.click(within(importer()).getByRole('button', { name: '检查并导入' }))
    expect(within(importer()).getByText('请先选择文件或粘贴 CSV 内容')).toBeTruthy()
    expect(api.requests.filter((r) => r.includes('/import'))).toEqual([])

    await fillTextarea(csvField(), '名字,号码\n王芳,1')
    await userEvent.click(within(importer()).getByRole('button', { name: '检查并导入' }))
    expect((await within(importer()).findByRole('alert')).textContent).toBe('没能导入：表头不对')

    await fillTextarea(
      csvField(),
      `\uFEFF姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日\n王芳,${EMPLOYEE_A.idNumber},${EMPLOYEE_A.phone},2026-11-25,是,2029-11-24`,
    )
    await userEvent.click(within(importer()).getByRole('button', { name: '检查并导入' }))
    await waitFor(() => expect(within(importer()).getByRole('status').textContent).toBe('已导入 1 人。'))
    expect(within(importer()).queryByRole('button', { name: /只导入正确的行/ })).toBeNull()
    expect(await screen.findByRole('group', { name: '王芳' })).toBeTruthy()
  })

  it('edits a person (the phone typed again) and removes one after asking', async () => {
    const { api, id } = await openRoster([EMPLOYEE_A, EMPLOYEE_B])
    await userEvent.click(await screen.findByRole('button', { name: '修改：王芳' }))
    const form = screen.getByRole('form', { name: '修改：王芳' })
    expect(within(form).getByText('名单中只显示 139****5678，修改时请重新填写完整号码')).toBeTruthy()
    await userEvent.click(within(form).getByRole('button', { name: '保存修改' }))
    expect(within(form).getByText('必填')).toBeTruthy()
    await userEvent.type(within(form).getByLabelText('手机号码'), '13911112222')
    await userEvent.click(within(form).getByRole('button', { name: '保存修改' }))
    await waitFor(() => expect(screen.getByRole('group', { name: '王芳' }).textContent).toContain('手机：139****2222'))
    expect(api.requests.some((r) => r.startsWith(`PUT /v1/companies/${id}/employees/`))).toBe(true)

    await userEvent.click(screen.getByRole('button', { name: '移除：张伟' }))
    const dialog = screen.getByRole('alertdialog', { description: '确定把“张伟”从名册中移除吗？' })
    await userEvent.click(within(dialog).getByRole('button', { name: '移除' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: '张伟' })).toBeNull())
    expect(screen.getByRole('list', { name: '员工名册，共 1 人' })).toBeTruthy()
  })
})
