/**
 * WeChat holds getLocation until the mini-program shows its own privacy prompt and the person answers it; the
 * compiled weapp shows the prompt, says why, and goes on or explains.
 */
import { afterEach, describe, expect, inject, it } from 'vitest'
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

  it('declined: no location, and the page says how to go on', async () => {
    const { phone, map } = await openMap()
    await map.tap('不同意')
    await map.waitForText('没有得到定位授权')
    expect(map.text()).toContain('请在下方选择您所在的街道')
    expect(phone.privacyAgreed).toBe(false)
  })
})
