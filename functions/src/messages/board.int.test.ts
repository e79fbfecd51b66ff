/** The public board, similar messages, 我也有这个问题 and follow-ups, through HTTP on dynalite. */
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { actAsAdmin, submitMessage } from '../../test/messages'

let run = 0
const freshResident = () => signInUser(`board-pub-${Date.now()}-${run++}`)
/** A Latin word no other test writes, so searches see only this test's messages among everything stored. */
const uniqueTag = () => `tag${randomUUID().slice(0, 8)}`
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()
const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((item) => item.id)

const board = (query: string) => call('GET', `/v1/messages?${query}`)
const similar = (query: string) => call('GET', `/v1/messages/similar?${query}`)
const meToo = (token: string | undefined, id: string) => call('POST', `/v1/messages/${id}/me-too`, { headers: token ? bearer(token) : {} })
const followUp = (token: string, id: string, text: string) =>
  call('POST', `/v1/messages/${id}/follow-ups`, { body: { text }, headers: bearer(token) })
const answer = async (id: string, text: string) => {
  const res = await actAsAdmin(id, { action: 'reply', answer: text })
  if (res.status !== 200) throw new Error(`reply failed: ${res.status}`)
}

let admin: string
beforeAll(async () => {
  admin = (await signInStaff('admin')).token
})

describe('GET /v1/messages?public=1 (the public board)', () => {
  it('lists answered public messages only, numbers masked, authors as labels, internal notes nowhere', async () => {
    const tag = uniqueTag()
    const { token } = await freshResident()
    const note = `内部备注${tag}：此人来过三次`
    const named = await submitMessage(token, {
      category: 'talent',
      title: `${tag} 技能补贴电话13812345678`,
      content: `我的身份证320501199001011234，想问${tag}技能补贴`,
      phone: '13912345678',
    })
    const anonymous = await submitMessage(token, { category: 'talent', title: `${tag} 匿名问题`, anonymous: true })
    const privateOne = await submitMessage(token, { category: 'talent', title: `${tag} 不公开`, public: false })
    const unanswered = await submitMessage(token, { category: 'talent', title: `${tag} 还没答复` })
    const held = await submitMessage(token, { category: 'talent', title: `${tag} 待审核`, content: '公司拖欠工资半年，大家准备集体讨薪' })
    await actAsAdmin(named, { action: 'note', note })
    await answer(named, '已致电13812345678说明，请带身份证到窗口。')
    await answer(anonymous, '已答复。')
    await answer(privateOne, '已答复。')

    const res = await board(`public=1&q=${tag}`)
    expect(res.status).toBe(200)
    expect(ids(res).sort()).toEqual([named, anonymous].sort())
    expect(ids(res)).not.toContain(unanswered)
    expect(ids(res)).not.toContain(held)
    const shown = res.body.items.find((m: { id: string }) => m.id === named)
    expect(shown).toMatchObject({
      title: `${tag} 技能补贴电话138****5678`,
      content: `我的身份证3205**********1234，想问${tag}技能补贴`,
      answer: { text: '已致电138****5678说明，请带身份证到窗口。' },
      author: '居民',
      status: 'answered',
      meToo: 0,
    })
    expect(res.body.items.find((m: { id: string }) => m.id === anonymous).author).toBe('匿名居民')
    const text = JSON.stringify(res.body)
    for (const hidden of ['13812345678', '13912345678', '320501199001011234', note, '"notes"', '"phone"', 'authorId', 'staffId', 'audit']) {
      expect(text).not.toContain(hidden)
    }
  })

  it('shows the newest answer first, filters by category and pages with a cursor', async () => {
    const { token } = await freshResident()
    const first = await submitMessage(token, { category: 'hiring', title: '招聘会什么时候举办' })
    const second = await submitMessage(token, { category: 'hiring', title: '用工补贴怎么申请' })
    await answer(first, '下月初。')
    await answer(second, '请到窗口申请。')

    const page = await board('public=1&category=hiring&limit=50')
    expect(page.body.items.every((m: { category: string }) => m.category === 'hiring')).toBe(true)
    expect(ids(page).indexOf(second)).toBeLessThan(ids(page).indexOf(first))
    const answeredAt = page.body.items.map((m: { answer: { at: string } }) => m.answer.at)
    expect(answeredAt).toEqual([...answeredAt].sort().reverse())

    const one = await board('public=1&category=hiring&limit=1')
    expect(one.body.items).toHaveLength(1)
    const next = await board(`public=1&category=hiring&limit=1&cursor=${one.body.nextCursor}`)
    expect(next.status).toBe(200)
    expect(ids(next)).not.toEqual(ids(one))
  })

  it('requires public=1 and names bad parameters (400)', async () => {
    const missing = await board('q=社保')
    expect(missing.status).toBe(400)
    expect(fieldsOf(missing.body)).toEqual(['query.public'])
    expect(fieldsOf((await board('public=0&category=parking&cursor=%24%24')).body)).toEqual([
      'query.category',
      'query.cursor',
      'query.public',
    ])
    expect((await board('public=1&cursor=eyJ4IjoxfQ')).status).toBe(400)
  })
})

describe('GET /v1/messages/similar', () => {
  it('offers answered and open public messages like the text, never private or held ones', async () => {
    const tag = uniqueTag()
    const { token } = await freshResident()
    const answered = await submitMessage(token, { category: 'employment', title: `${tag} 失业登记怎么办理` })
    const open = await submitMessage(token, { category: 'employment', title: `${tag} 失业登记需要什么材料` })
    const privateOne = await submitMessage(token, { category: 'employment', title: `${tag} 失业登记不公开`, public: false })
    const held = await submitMessage(token, { category: 'employment', title: `${tag} 失业登记`, content: '失业登记办不了，我们准备拉横幅' })
    await answer(answered, '带身份证到服务站即可。')

    const res = await similar(`text=${encodeURIComponent(`${tag} 我想做失业登记，要带什么材料`)}&category=employment`)
    expect(res.status).toBe(200)
    expect(res.body.items.length).toBeLessThanOrEqual(5)
    const found = new Map(res.body.items.map((m: { id: string; open: boolean }) => [m.id, m.open]))
    expect(found.get(answered)).toBe(false)
    expect(found.get(open)).toBe(true)
    expect(found.has(privateOne)).toBe(false)
    expect(found.has(held)).toBe(false)
    expect(JSON.stringify(res.body)).not.toContain('authorId')
  })

  it('needs text (400) and is open to anyone', async () => {
    expect(fieldsOf((await similar('category=employment')).body)).toEqual(['query.text'])
    expect((await similar('text=社保卡')).status).toBe(200)
  })
})

describe('POST /v1/messages/{id}/me-too', () => {
  it('counts one person once, even for 20 taps at the same moment', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const id = await submitMessage(author.token)
    const taps = await Promise.all(Array.from({ length: 20 }, () => meToo(other.token, id)))
    expect(taps.map((t) => t.status)).toEqual(Array(20).fill(200))
    expect(taps.every((t) => t.body.meToo === 1 && t.body.mine === true)).toBe(true)
    expect((await call('GET', `/v1/messages/${id}`, { headers: bearer(admin) })).body.meToo).toBe(1)
  })

  it('counts 20 people tapping at once as 20', async () => {
    const author = await freshResident()
    const id = await submitMessage(author.token)
    const people = await Promise.all(Array.from({ length: 20 }, () => freshResident()))
    const taps = await Promise.all(people.map((p) => meToo(p.token, id)))
    expect(taps.map((t) => t.status)).toEqual(Array(20).fill(200))
    expect(taps.map((t) => t.body.meToo).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    const staffSees = (await call('GET', `/v1/messages/${id}`, { headers: bearer(admin) })).body
    expect(staffSees.meToo).toBe(20)
    expect(JSON.stringify(staffSees)).not.toContain(people[0]!.userId)
  })

  it('refuses one’s own and resolved messages (409), and hides private, held and unknown ones (404)', async () => {
    const author = await freshResident()
    const other = await freshResident()
    expect((await meToo(author.token, await submitMessage(author.token))).status).toBe(409)
    expect((await meToo(other.token, await submitMessage(author.token, { public: false }))).status).toBe(404)
    expect((await meToo(other.token, await submitMessage(author.token, { content: '公司拖欠工资半年，大家准备集体讨薪' }))).status).toBe(
      404,
    )
    expect((await meToo(other.token, 'msg-00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await meToo(undefined, await submitMessage(author.token))).status).toBe(401)

    const resolved = await submitMessage(author.token)
    await answer(resolved, '已答复。')
    expect((await meToo(other.token, resolved)).status).toBe(200)
    await actAsAdmin(resolved, { action: 'resolve' })
    expect((await meToo((await freshResident()).token, resolved)).status).toBe(409)
    // the board shows the count
    expect((await board('public=1&limit=50')).body.items.find((m: { id: string }) => m.id === resolved)?.meToo).toBe(1)
  })
})

describe('POST /v1/messages/{id}/follow-ups', () => {
  it('lets the author add to an open or answered message; staff read it with the audit trail', async () => {
    const author = await freshResident()
    const id = await submitMessage(author.token)
    const added = await followUp(author.token, id, '补充：我的社保卡是2019年办的')
    expect(added.status).toBe(200)
    expect(added.body.followUps).toEqual([{ at: expect.any(String), text: '补充：我的社保卡是2019年办的' }])
    expect(added.body.history).toHaveLength(1)
    expect(JSON.stringify(added.body)).not.toContain('staffId')

    const staffSees = (await call('GET', `/v1/messages/${id}`, { headers: bearer(admin) })).body
    expect(staffSees.followUps.map((f: { text: string }) => f.text)).toEqual(['补充：我的社保卡是2019年办的'])
    expect(staffSees.audit.at(-1)).toMatchObject({ action: 'follow-up', status: 'pending', userId: author.userId })
  })

  it('is 404 for anyone but the author, 422 for refused words, 409 once resolved', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const id = await submitMessage(author.token)
    expect((await followUp(other.token, id, '我也补充一句')).status).toBe(404)
    const staffTry = await call('POST', `/v1/messages/${id}/follow-ups`, { body: { text: '员工补充' }, headers: bearer(admin) })
    expect(staffTry.status).toBe(403)
    const risky = await followUp(author.token, id, '专业代开发票')
    expect(risky.status).toBe(422)
    expect(fieldsOf(risky.body)).toEqual(['text'])
    expect(fieldsOf((await followUp(author.token, id, ' ')).body)).toEqual(['body.text'])

    await answer(id, '已答复。')
    expect((await followUp(author.token, id, '答复收到，还有一点')).status).toBe(200)
    await actAsAdmin(id, { action: 'resolve' })
    expect((await followUp(author.token, id, '再补充')).status).toBe(409)
  })

  it('stops at 20 follow-ups (409)', async () => {
    const author = await freshResident()
    const id = await submitMessage(author.token)
    for (let i = 0; i < 20; i++) expect((await followUp(author.token, id, `第${i + 1}次补充`)).status).toBe(200)
    const over = await followUp(author.token, id, '第21次补充')
    expect(over.status).toBe(409)
    expect(over.body.detail).toContain('20')
  })
})
