/** The roster as an Excel file through serverless-offline (base64 + isBase64Encoded), read back with exceljs. */
import ExcelJS from 'exceljs'
import { beforeAll, expect, inject, it } from 'vitest'
import { anEmployee, createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'

let owner: string
beforeAll(async () => {
  owner = (await signInUser('roster-xlsx-owner')).token
})

const download = (companyId: string, token: string) =>
  fetch(`${inject('apiUrl')}/v1/companies/${companyId}/employees.xlsx`, { headers: bearer(token) })

it('downloads the roster as XLSX with the CSV export columns, unmasked, every cell text', async () => {
  const company = await createCompany(owner)
  const people = [
    anEmployee({ name: '王五', idNumber: '11010519491231002X', phone: '13712340969', contractSigned: false, contractEndsOn: undefined }),
    anEmployee({ name: '=赵六', idNumber: '110101199003074477' }),
  ]
  for (const body of people)
    expect((await call('POST', `/v1/companies/${company.id}/employees`, { body, headers: bearer(owner) })).status).toBe(201)

  const res = await download(company.id, (await signInStaff('desk.boc')).token)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="employees-${company.creditCode}.xlsx"`)
  const bytes = await res.arrayBuffer()
  // a zip file, not its base64 text
  expect([...new Uint8Array(bytes, 0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.getWorksheet('职工名册')!
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  expect(rows).toEqual([
    ['序号', '姓名', '身份证号码', '手机号码', '入职日期', '已签劳动合同', '合同到期日'],
    ['1', '王五', '11010519491231002X', '13712340969', '2026-11-21', '否', ''],
    ['2', '=赵六', '110101199003074477', '13912345678', '2026-11-21', '是', '2029-11-20'],
  ])
  // text, not a formula, and not a number that would lose the ID number's last digits
  expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String)
  expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.String)
})

it('answers an empty roster with the header only, and another owner with 404', async () => {
  const company = await createCompany(owner)
  const res = await download(company.id, owner)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  expect(workbook.getWorksheet('职工名册')!.rowCount).toBe(1)
  const other = await download(company.id, (await signInUser('roster-xlsx-other')).token)
  expect(other.status).toBe(404)
  expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/)
})
