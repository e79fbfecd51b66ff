/**
 * Three things people do, end to end in the compiled weapp against the local stack: taps and typing land on the
 * rendered WXML, requests go to the real API, navigation opens the next compiled page.
 */
import { afterEach, describe, expect, inject, it } from 'vitest'
import { api, RESIDENT, sessionOf } from './people'
import { closePhones, Phone } from './simulator'

const newPhone = () => new Phone({ apiUrl: inject('apiUrl'), weChatStandIn: inject('weChatStandIn'), person: RESIDENT })

afterEach(closePhones)

describe('in the compiled weapp', () => {
  it('finds a policy, reads it, and goes from 到哪里办 to a station', async () => {
    const phone = newPhone()
    const home = await phone.launch('pages/home/index')
    await home.waitForText('热门政策')
    await home.type('搜索政策', '失业')
    await home.tap('搜索')
    const results = await phone.follow()
    expect(results.query).toEqual({ q: '失业' })
    await results.waitForText('失业保险金申领')

    await results.tap(/^失业保险金申领/)
    const detail = await phone.follow()
    await detail.waitForText('到哪里办')
    expect(detail.find('到哪里办', { any: true }).role).toBe('heading')

    await detail.tap('查看全部服务站点')
    const stations = await phone.follow()
    const first = await stations.waitForControl(/查看详情/)
    // the card's name begins with the station's name, then its 营业中 / 已休息 badge
    const stationName = first.name.split(/已休息|营业中/)[0]!
    stations.dispatch(first, 'tap', {})
    await stations.settle()
    const station = await phone.follow()
    await station.waitForText('提供的服务')
    expect(station.text()).toContain(stationName)
    await station.tap(`到这里去：在地图上导航到${stationName}`)
    expect(phone.openedLocations).toEqual([expect.objectContaining({ name: stationName, scale: 17 })])
    expect(phone.requests.filter((r) => r.status >= 400)).toEqual([])
  })

  it('signs up for a session, then cancels it from 我的报名', async () => {
    const phone = newPhone()
    phone.storage.set('doorstep.session', await sessionOf('resident'))
    const detail = await phone.launch('packages/services/pages/detail/index', { id: 'svc-senior-school' })
    const signUp = await detail.waitForControl(/^报名：/)
    const label = signUp.name
    detail.dispatch(signUp, 'tap', {})
    await detail.waitForText('报名成功')

    const mine = await phone.launch('packages/services/pages/mine/index')
    const title = label.replace(/^报名：/, '')
    await mine.tap((await mine.waitForControl(`取消报名：${title}`)).name)
    expect(phone.modals.at(-1)).toContain('确定取消')
    await mine.waitForText('已取消')
    expect(mine.elements().some((e) => e.name === `取消报名：${title}`)).toBe(false)
  })

  it('writes a message, which staff answer through the API; the resident reads the answer and rates it', async () => {
    const phone = newPhone()
    phone.storage.set('doorstep.session', await sessionOf('resident'))
    const title = `模拟器留言${Date.now() % 100_000}`
    const compose = await phone.launch('packages/messages/pages/compose/index')
    await compose.ready()
    await compose.tap('促进就业')
    await compose.type('标题', title)
    await compose.type('留言内容', '想问问平江街道有没有适合退休人员的兼职岗位，怎么报名？')
    await compose.tap('平江街道')
    await compose.tap('不公开')
    await compose.tap('提交留言')
    await compose.waitFor(() => phone.navigations.length > 0 || compose.text().includes('已提交'), 'the message to be sent')

    const { token } = await sessionOf('answerer.pingjiang')
    const mine = await api<{ items: { id: string; title: string }[] }>(
      'GET',
      '/v1/me/messages',
      undefined,
      (await sessionOf('resident')).token,
    )
    const sent = mine.items.find((m) => m.title === title)!
    expect(sent).toBeDefined()
    const act = (body: unknown) => api('POST', `/v1/admin/messages/${sent.id}/actions`, body, token)
    await act({ action: 'reply', answer: '您好，平江街道零工驿站每周三有兼职岗位对接会，可以直接到现场报名。' })

    const detail = await phone.launch('packages/messages/pages/detail/index', { id: sent.id })
    await detail.waitForText('零工驿站每周三')
    await detail.tap(/^5 分/)
    await detail.tap('提交评价')
    await detail.waitForText('您的评价：5 分')
    expect(phone.requests.filter((r) => r.status >= 400)).toEqual([])
  })
})
