/**
 * WeChat holds a privacy-guarded call (getLocation, chooseMessageFile) until the mini-program shows its own privacy
 * prompt and the person answers it; the compiled weapp shows the prompt, says why, and goes on or explains.
 */
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createFixtures, sessionOf } from './people'
import { closePhones, Phone } from './simulator'

const openMap = async () => {
  const phone = new Phone({ apiUrl: inject('apiUrl'), weChatStandIn: inject('weChatStandIn') })
  const map = await phone.launch('packages/stations/pages/map/index')
  await map.waitForText('需要您的同意')
  expect(map.text()).toContain('为了找到离您最近的服务站，需要用一下您现在的位置')
  expect(phone.privacyExposures).toEqual(['getLocation'])
  expect(map.find('需要您的同意', { any: true }).role).toBe('dialog')
  return { phone, map }
}

afterEach(closePhones)

describe('privacy authorisation in the compiled weapp', () => {
  it('asks before locating; once agreed, sorts the stations by distance and does not ask again', async () => {
    const { phone, map } = await openMap()
    await map.agreeToPrivacy()
    await map.waitForText('已按离您由近到远排列')
    expect(map.text()).not.toContain('需要您的同意')
    expect(phone.privacyAgreed).toBe(true)

    const again = await phone.launch('packages/stations/pages/map/index')
    await again.waitForText('已按离您由近到远排列')
    expect(phone.privacyExposures).toEqual(['getLocation'])
  })

  it('asks before picking a roster file from a chat; once agreed, the file is read into the import', async () => {
    const { companyId } = await createFixtures()
    const phone = new Phone({ apiUrl: inject('apiUrl'), weChatStandIn: inject('weChatStandIn') })
    phone.storage.set('doorstep.session', await sessionOf('resident'))
    phone.chatFiles.set('花名册.csv', '姓名,身份证号,手机号,入职日期,岗位\n')
    const employees = await phone.launch('packages/business/pages/employees/index', { id: companyId })
    await employees.waitForText('选择 CSV 文件')
    expect(phone.privacyExposures).toEqual([])

    await employees.tap('选择 CSV 文件')
    await employees.waitForText('需要您的同意')
    expect(employees.text()).toContain('为了导入员工花名册，需要从微信聊天记录里选一个文件。')
    expect(phone.privacyExposures).toEqual(['chooseMessageFile'])
    await employees.agreeToPrivacy()
    await employees.waitForText('已读取文件：花名册.csv')
    expect(employees.text()).not.toContain('需要您的同意')
  })

  it('declined: no location, and the page says how to go on', async () => {
    const { phone, map } = await openMap()
    await map.tap('不同意')
    await map.waitForText('没有得到定位授权')
    expect(map.text()).toContain('请在下方选择您所在的街道')
    expect(phone.privacyAgreed).toBe(false)
  })
})
