import { readFile } from 'node:fs/promises'
import { creditCodeCheckCharacter, idNumberCheckCharacter } from '@doorstep/shared'
import type { Session } from '@doorstep/shared'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { standInLoginCode } from '../scripts/stand-ins/login-code'
import { useBrowser } from './browser'

const browser = useBrowser()

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')

/** A fresh code each run (one active case per code), valid by the shared GB 32100-2015 rule. */
function newCreditCode(): string {
  const first17 = `91320508${pick(CREDIT_ALPHABET, 9)}`
  return `${first17}${creditCodeCheckCharacter(first17)}`
}

/** A valid GB 11643 number for someone born on `birth` (YYYYMMDD). */
function newIdNumber(birth: string): string {
  const first17 = `320508${birth}${pick('0123456789', 3)}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

const STEPS_IN_ORDER = ['银行开户', '单位社保开户', '医保登记', '公积金开户', '员工参保登记', '社会保障卡申领', '劳动合同签订', '职工名册']

const step = (page: Page, position: number, title: string) => page.getByRole('group', { name: `${position}. ${title}` })
const hashPath = (page: Page) => decodeURIComponent(new URL(page.url()).hash)

async function addEmployee(page: Page, person: { name: string; idNumber: string; phone: string; hiredOn: string; signed: boolean }) {
  const form = page.getByRole('form', { name: '添加员工' })
  await form.getByLabel('姓名').fill(person.name)
  await form.getByLabel('身份证号码').fill(person.idNumber)
  await expect.poll(() => form.getByText('✓ 身份证号码校验通过').count()).toBe(1)
  await form.getByLabel('手机号码').fill(person.phone)
  await form.getByLabel('入职日期').fill(person.hiredOn)
  await form.getByRole('button', { name: person.signed ? '是' : '否' }).click()
  await form.getByRole('button', { name: '添加员工', exact: true }).click()
  await expect.poll(() => page.getByRole('group', { name: person.name }).count(), { timeout: 15_000 }).toBe(1)
}

describe('企业开办一站式 in the H5 app', () => {
  it('a company opens its case and adds two employees; the sub-district desk completes every step: 100% and the time taken', async () => {
    const company = `姑苏示例科技有限公司${Date.now() % 100_000}`
    const creditCode = newCreditCode()
    const wang = { name: '王芳', idNumber: newIdNumber('19900101'), phone: '13912345678', hiredOn: '2026-11-25', signed: true }
    const zhang = { name: '张伟', idNumber: newIdNumber('19881212'), phone: '13698765432', hiredOn: '2026-11-26', signed: false }

    // The company: from home to its cases, signing in on the way.
    const owner = await browser.open('/')
    await owner.getByRole('button', { name: /企业开办一站式/ }).click()
    await owner.getByRole('button', { name: '去登录' }).click({ timeout: 20_000 })
    const signIn = owner.getByRole('form', { name: '开发登录' })
    await signIn.getByLabel('名字').fill(`开办测试${Date.now() % 100_000}`)
    await signIn.getByRole('button', { name: '登录' }).click()
    await owner.getByRole('button', { name: '开办新企业' }).click({ timeout: 20_000 })

    // The wizard: a typo in the code is caught at the field before anything is sent.
    const wizard = owner.getByRole('form', { name: '开办登记' })
    await wizard.getByLabel('企业名称').fill(company)
    const typo = `${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`
    await wizard.getByLabel('统一社会信用代码').fill(typo)
    await expect.poll(() => wizard.getByText('统一社会信用代码校验不通过：有一位输错了，请对照营业执照逐位核对').count()).toBe(1)
    await wizard.getByLabel('统一社会信用代码').fill(creditCode)
    await expect.poll(() => wizard.getByText('✓ 统一社会信用代码校验通过').count()).toBe(1)
    await wizard.getByLabel('法定代表人').fill('李明')
    await wizard.getByLabel('成立日期').fill('2026-11-20')
    await wizard.getByRole('button', { name: '下一步' }).click()
    await wizard.getByRole('group', { name: '所在街道' }).getByRole('button', { name: '苏锦街道' }).click()
    await wizard.getByRole('button', { name: '所在街道的用工管家' }).click()
    await wizard.getByLabel('经营地址').fill('苏州市姑苏区西汇路 88 号')
    await wizard.getByLabel('联系电话').fill('13812345678')
    await wizard.getByRole('button', { name: '下一步' }).click()
    await wizard.getByLabel('预计招用员工人数').fill('5')
    await wizard.getByRole('button', { name: '提交，生成办理清单' }).click()

    await expect.poll(() => owner.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe(company)
    const caseId = /id=([0-9a-f-]{36})/.exec(hashPath(owner))?.[1]
    expect(caseId).toBeTruthy()
    await expect.poll(() => owner.getByRole('progressbar', { name: '办理进度' }).getAttribute('aria-valuenow')).toBe('11')
    expect(await step(owner, 6, '员工参保登记').textContent()).toContain('在员工名册中再添加 1 名员工')

    // Every desk step is at the desk it chose, 苏锦街道's steward at the sub-district centre, not the bank branch.
    const sujinDesk = '查看服务站：苏锦街道便民服务中心人社窗口'
    await expect.poll(() => owner.getByRole('button', { name: sujinDesk }).count()).toBe(7)
    expect(await owner.getByRole('button', { name: /^查看服务站：中国银行/ }).count()).toBe(0)
    // Tapped straight after the case was created (a redirect whose page was still loading once handed its `id` to
    // the station page, which then showed 没有找到这个服务站): the station page ends on its own station.
    await step(owner, 2, '银行开户').getByRole('button', { name: sujinDesk }).click()
    await expect
      .poll(() => owner.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('苏锦街道便民服务中心人社窗口')
    expect(await owner.getByText('没有找到这个服务站').count()).toBe(0)
    // The app's own 返回, not the browser's.
    await owner.getByRole('navigation', { name: '页面导航' }).getByRole('button', { name: '返回' }).click()
    await expect.poll(() => owner.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe(company)

    // Two employees on the roster, shown masked; the exported CSV is the complete roster.
    await owner.getByRole('button', { name: '管理员工名册' }).click()
    await owner.getByRole('button', { name: '添加员工', exact: true }).click({ timeout: 20_000 })
    await addEmployee(owner, wang)
    await addEmployee(owner, zhang)
    const wangCard = await owner.getByRole('group', { name: '王芳' }).textContent()
    expect(wangCard).toContain(`${wang.idNumber.slice(0, 4)}**********${wang.idNumber.slice(-4)}`)
    expect(wangCard).not.toContain(wang.idNumber)
    const download = owner.waitForEvent('download')
    await owner.getByRole('button', { name: '导出 CSV' }).click()
    const csv = await readFile((await (await download).path())!, 'utf8')
    expect(csv).toContain(wang.idNumber)
    expect(csv).toContain(zhang.idNumber)

    // Back on the checklist, it has been read again: enrolment no longer waits for employees.
    await owner.goBack()
    await expect
      .poll(() => owner.getByRole('region', { name: '企业信息' }).textContent(), { timeout: 15_000 })
      .toContain('名册中的员工：2 人')
    expect(await step(owner, 6, '员工参保登记').textContent()).not.toContain('在员工名册中再添加')

    // The desk of 苏锦街道 signs in, finds the case in its list and completes the steps in order.
    const desk = await browser.open('/packages/account/pages/staff-sign-in/index')
    const staffForm = desk.getByRole('form', { name: '工作人员登录' })
    await staffForm.getByLabel('用户名').fill('desk.sujin')
    await staffForm.getByLabel('密码').fill('Doorstep-2026')
    await staffForm.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => desk.getByRole('group', { name: '当前登录' }).textContent(), { timeout: 15_000 }).toContain('苏锦街道')
    await desk.goto(`${inject('webUrl')}/#/packages/staff/pages/desk/index`)
    await desk.getByRole('button', { name: new RegExp(company) }).click({ timeout: 20_000 })
    await expect.poll(() => desk.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe(company)
    expect(hashPath(desk)).toContain(`/packages/staff/pages/desk-case/index?id=${caseId}`)

    for (const [i, title] of STEPS_IN_ORDER.entries()) {
      const card = step(desk, i + 2, title)
      await card.getByRole('button', { name: `办结：${title}` }).click()
      await card.getByRole('button', { name: `确认办结：${title}` }).click()
      await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('窗口工作人员 苏锦街道用工管家（示例）于')
    }
    // one way of writing a moment everywhere: 12月6日（周日）20:41, never 2026-12-06 20:42
    expect(await step(desk, 2, STEPS_IN_ORDER[0]!).textContent()).toMatch(/于(\d{4}年)?\d+月\d+日（周.）\d\d:\d\d办结/)
    expect(await desk.locator('.page').last().innerText()).not.toMatch(/\d{4}-\d\d-\d\d/)

    const bar = desk.getByRole('progressbar', { name: '办理进度' })
    expect(await bar.getAttribute('aria-valuenow')).toBe('100')
    expect(await bar.textContent()).toContain('已办结 9/9 项 · 100%')
    const timing = desk.getByRole('region', { name: '办理用时与期限' })
    await expect.poll(() => timing.textContent()).toMatch(/全部办结，用时 \d+ 分 \d{2} 秒/)
    expect(await timing.textContent()).toContain('在“15 分钟办结”的承诺之内')

    // The company sees the same progress.
    await owner.goto(`${inject('webUrl')}/#/packages/business/pages/case/index?id=${caseId}`)
    await owner.reload()
    await expect
      .poll(() => owner.getByRole('progressbar', { name: '办理进度' }).getAttribute('aria-valuenow'), { timeout: 20_000 })
      .toBe('100')
    await expect.poll(() => owner.getByRole('region', { name: '办理用时与期限' }).textContent()).toMatch(/全部办结，用时 \d+ 分 \d{2} 秒/)

    expect(owner.problems).toEqual([])
    expect(desk.problems).toEqual([])
  }, 180_000)

  it('imports a roster CSV all or nothing, shows the row-by-row report, imports only the valid rows, and exports XLSX', async () => {
    const name = `名册测试${Date.now() % 100_000}`
    const post = async <T>(path: string, body: unknown, token?: string) => {
      const response = await fetch(`${inject('apiUrl')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
      expect(response.status, await response.clone().text()).toBeLessThan(300)
      return (await response.json()) as T
    }
    const session = await post<Session>('/v1/auth/wechat', { code: await standInLoginCode(inject('weChatStandIn'), name), nickname: name })
    const company = await post<{ id: string }>(
      '/v1/companies',
      {
        name: `名册示例有限公司${Date.now() % 100_000}`,
        creditCode: newCreditCode(),
        legalRepresentative: '赵敏',
        subDistrict: 'canglang',
        stationId: 'fp-boc-gusu',
        address: '苏州市姑苏区人民路 1208 号',
        contactPhone: '13800001111',
        foundedOn: '2026-11-02',
        expectedHeadcount: 3,
      },
      session.token,
    )

    // The same person in the app: signed in through the dev form, then straight to the roster.
    const page = await browser.open('/packages/account/pages/resident-sign-in/index')
    const form = page.getByRole('form', { name: '开发登录' })
    await form.getByLabel('名字').fill(name)
    await form.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => page.getByRole('group', { name: '当前登录' }).textContent(), { timeout: 15_000 }).toContain(name)
    await page.goto(`${inject('webUrl')}/#/packages/business/pages/employees/index?id=${company.id}`)
    await page.reload()
    await expect.poll(() => page.getByText('名册里还没有员工').count(), { timeout: 20_000 }).toBe(1)

    const good = [newIdNumber('19920303'), newIdNumber('19850707')]
    const typo = newIdNumber('19900909')
    const csv = [
      '姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日',
      `刘洋,${good[0]},13711112222,2026-11-10,是,2029-11-09`,
      `陈静,${typo.slice(0, 17)}${typo[17] === '0' ? '1' : '0'},13733334444,2026-11-11,否,`,
      `周杰,${good[1]},13755556666,2026-11-12,是,`,
    ].join('\n')
    const importer = page.getByRole('region', { name: '批量导入（CSV）' })
    await importer.getByLabel('CSV 内容').fill(csv)
    await importer.getByRole('button', { name: '检查并导入' }).click()
    const report = importer.getByRole('region', { name: '导入结果' })
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('有 1 行有问题，一行也没有导入')
    expect(await report.textContent()).toContain('第 3 行')
    expect(await page.getByRole('group', { name: '刘洋' }).count()).toBe(0)

    await importer.getByRole('button', { name: '只导入正确的行（2 行）' }).click()
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('已导入 2 人，跳过 1 行有问题的。')
    await expect.poll(() => page.getByRole('group', { name: '刘洋' }).count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByRole('group', { name: '周杰' }).count()).toBe(1)
    expect(await page.getByRole('group', { name: '陈静' }).count()).toBe(0)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出 Excel（XLSX）' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^职工名册-.{18}\.xlsx$/)
    const xlsx = await readFile((await file.path())!)
    // an OOXML workbook is a zip: PK\x03\x04
    expect([...xlsx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    await expect.poll(() => page.getByRole('region', { name: '导出职工名册' }).textContent()).toContain('已下载')
    expect(page.problems).toEqual([])
  }, 120_000)
})
