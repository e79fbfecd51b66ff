/** The demand loop through HTTP on dynalite: field demands, grouping, public decisions, and telling everyone once. */
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { idempotencyKey, submitMessage } from '../../test/messages'
import { createSession } from '../../test/sessions'

let run = 0
const freshResident = () => signInUser(`demand-loop-${Date.now()}-${run++}`)
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()

let admin: string
let pingjiang: string
let huqiu: string
let grid: string
let otherGrid: string
beforeAll(async () => {
  const tokens = await Promise.all(
    ['admin', 'answerer.pingjiang', 'answerer.huqiu', 'grid.pingjianglu', 'grid.guanqian'].map(async (u) => (await signInStaff(u)).token),
  )
  ;[admin, pingjiang, huqiu, grid, otherGrid] = tokens as [string, string, string, string, string]
})

const fieldDemand = (overrides: Record<string, unknown> = {}) => ({
  topic: '老年人智能手机培训',
  text: '走访时几位老人说不会用手机查社保待遇，希望社区开课。',
  households: 3,
  ...overrides,
})
const fileField = (token: string, body: unknown, key = idempotencyKey()) =>
  call('POST', '/v1/admin/field-demands', { body, headers: { ...bearer(token), 'idempotency-key': key } })
const listField = (token: string, query = '') => call('GET', `/v1/admin/field-demands${query}`, { headers: bearer(token) })
const group = (token: string, body: unknown) => call('POST', '/v1/admin/demands', { body, headers: bearer(token) })
const decide = (token: string, id: string, body: unknown) =>
  call('POST', `/v1/admin/demands/${id}/decision`, { body, headers: bearer(token) })
const answer = (token: string, id: string, body: unknown) =>
  call('POST', `/v1/admin/demands/${id}/result`, { body, headers: bearer(token) })
const inbox = async (token: string) => (await call('GET', '/v1/me/inbox?limit=50', { headers: bearer(token) })).body.items as Array<any>
const meToo = (token: string, id: string) => call('POST', `/v1/messages/${id}/me-too`, { headers: bearer(token) })

describe('field demands', () => {
  it('are filed once per Idempotency-Key: a repeat answers the same one, another body under the key is a 409', async () => {
    const key = idempotencyKey()
    const first = await fileField(grid, fieldDemand(), key)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({
      gridId: 'st-pingjiang-pingjianglu-w01',
      stationId: 'st-pingjiang-pingjianglu',
      subDistrict: 'pingjiang',
      households: 3,
      filedBy: 'grid.pingjianglu',
    })
    const again = await fileField(grid, fieldDemand(), key)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
    const other = await fileField(grid, fieldDemand({ households: 4 }), key)
    expect(other.status).toBe(409)
    expect(fieldsOf(other.body)).toEqual(['header.Idempotency-Key'])
    const mine = (await listField(grid)).body.items.filter((f: { id: string }) => f.id === first.body.id)
    expect(mine).toHaveLength(1)
  })

  it('keep a resident’s name and phone only with consent, whole for the filer and the admin, masked for board staff', async () => {
    const noConsent = await fileField(grid, fieldDemand({ resident: { name: '王秀英', phone: '13712340969' } }))
    expect(noConsent.status).toBe(422)
    expect(fieldsOf(noConsent.body)).toEqual(['body.resident.consent'])

    const filed = await fileField(grid, fieldDemand({ resident: { name: '王秀英', phone: '137 1234 0969', consent: true } }))
    expect(filed.status).toBe(201)
    const id = filed.body.id
    expect(filed.body.resident).toEqual({ name: '王秀英', phone: '13712340969', masked: false })
    const seenBy = async (token: string, query = '') =>
      (await listField(token, query)).body.items.find((f: { id: string }) => f.id === id)?.resident
    expect(await seenBy(grid)).toEqual({ name: '王秀英', phone: '13712340969', masked: false })
    expect(await seenBy(admin, '?subDistrict=pingjiang')).toEqual({ name: '王秀英', phone: '13712340969', masked: false })
    expect(await seenBy(pingjiang)).toEqual({ name: '王**', phone: '137****0969', masked: true })
  })

  it('are read within scope: a grid worker their grid, board staff their sub-district, district staff the one they name', async () => {
    const mine = (await fileField(grid, fieldDemand())).body.id
    const theirs = (await fileField(otherGrid, fieldDemand({ topic: '灵活就业参保' }))).body.id
    const ids = async (token: string, query = '') => {
      const res = await listField(token, query)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return res.body.items.map((f: { id: string }) => f.id)
    }
    expect(await ids(grid)).toContain(mine)
    expect(await ids(grid)).not.toContain(theirs)
    expect(await ids(otherGrid)).toContain(theirs)
    expect(await ids(otherGrid)).not.toContain(mine)
    expect(await ids(pingjiang)).toEqual(expect.arrayContaining([mine, theirs]))
    expect(await ids(huqiu)).not.toContain(mine)
    expect((await listField(huqiu, '?subDistrict=pingjiang')).status).toBe(404)
    expect((await listField(grid, '?subDistrict=huqiu')).status).toBe(404)
    expect(fieldsOf((await listField(admin)).body)).toEqual(['query.subDistrict'])
    expect(await ids(admin, '?subDistrict=pingjiang')).toEqual(expect.arrayContaining([mine, theirs]))
  })

  it('are filed by grid workers only', async () => {
    expect((await fileField(pingjiang, fieldDemand())).status).toBe(403)
    expect((await fileField(admin, fieldDemand())).status).toBe(403)
  })
})

describe('the closed loop', () => {
  it('groups a message, its me-toos and a field demand; adopts it; schedules a session; tells each person exactly once', async () => {
    const [author, second, third, bystander] = await Promise.all([freshResident(), freshResident(), freshResident(), freshResident()])
    const messageId = await submitMessage(author.token, { title: '想学用手机查社保', category: 'social-security' })
    expect((await meToo(second.token, messageId)).status).toBe(200)
    expect((await meToo(third.token, messageId)).status).toBe(200)
    const field = (await fileField(grid, fieldDemand({ households: 5 }))).body.id

    const created = await group(pingjiang, {
      topic: '老年人智能手机课',
      summary: '居民和网格员都反映老人不会用手机查社保',
      messageIds: [messageId],
      fieldDemandIds: [field],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const demand = created.body
    expect(demand).toMatchObject({ subDistrict: 'pingjiang', status: 'assessing', reports: 1 + 2 + 5, messageIds: [messageId] })

    // a report joins one demand only; the other report of a refused grouping is not left claimed
    const spare = (await fileField(grid, fieldDemand({ topic: '备用' }))).body.id
    const twice = await group(pingjiang, { topic: '重复', summary: '重复归集', messageIds: [messageId], fieldDemandIds: [spare] })
    expect(twice.status).toBe(409)
    expect(fieldsOf(twice.body)).toEqual(['body.messageIds.0'])
    expect((await group(pingjiang, { topic: '备用', summary: '单独归集', fieldDemandIds: [spare] })).status).toBe(201)

    expect((await answer(pingjiang, demand.id, { kind: 'session', sessionId: 'no-such-session' })).status).toBe(422)
    expect((await answer(pingjiang, demand.id, { kind: 'service', serviceId: 'svc-senior-school' })).status).toBe(409)
    const adopted = await decide(pingjiang, demand.id, { decision: 'adopt', note: '纳入下月老年大学课程' })
    expect(adopted.status).toBe(200)
    expect(adopted.body.status).toBe('adopted')
    expect((await decide(pingjiang, demand.id, { decision: 'decline', reason: '晚了' })).status).toBe(409)
    expect((await decide(huqiu, demand.id, { decision: 'adopt' })).status).toBe(404)

    const session = await createSession({ title: '老年人智能手机课（需求排期）' })
    const scheduled = await answer(pingjiang, demand.id, { kind: 'session', sessionId: session.id })
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200)
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      notified: 3,
      result: { kind: 'session', sessionId: session.id, serviceId: session.serviceId, title: session.title },
    })
    // a retry (the first answer lost on the way back) tells no one twice
    expect((await answer(pingjiang, demand.id, { kind: 'session', sessionId: session.id })).status).toBe(200)

    for (const person of [author, second, third]) {
      const notes = (await inbox(person.token)).filter((n) => n.kind === 'demand-result')
      expect(notes).toHaveLength(1)
      expect(notes[0]).toMatchObject({ link: { kind: 'service', id: session.serviceId } })
      expect(notes[0].body).toContain(session.title)
    }
    expect((await inbox(bystander.token)).filter((n) => n.kind === 'demand-result')).toHaveLength(0)

    // the grid worker who filed it reads what became of it
    const told = (await listField(grid)).body.items.find((f: { id: string }) => f.id === field)
    expect(told.outcome).toMatchObject({ demandId: demand.id, status: 'scheduled', result: { sessionId: session.id } })

    // 你提的需求，我们这样办了
    const shown = (await call('GET', '/v1/demands')).body.items.find((d: { id: string }) => d.id === demand.id)
    expect(shown).toMatchObject({ status: 'scheduled', reports: 8, result: { sessionId: session.id } })
    expect(shown.trail.map((s: { status: string }) => s.status)).toEqual(['assessing', 'adopted', 'scheduled'])
    expect(JSON.stringify(shown)).not.toContain('answerer.pingjiang')
    expect(shown).not.toHaveProperty('messageIds')
  })

  it('shows a declined demand with its reason in public; a demand still being assessed is not listed', async () => {
    const field = (await fileField(grid, fieldDemand({ topic: '夜间窗口' }))).body.id
    const demand = (await group(pingjiang, { topic: '夜间办理窗口', summary: '希望晚上也能办', fieldDemandIds: [field] })).body
    const listed = async () => (await call('GET', '/v1/demands')).body.items.find((d: { id: string }) => d.id === demand.id)
    expect(await listed()).toBeUndefined()
    expect(fieldsOf((await decide(pingjiang, demand.id, { decision: 'decline' })).body)).toEqual(['body.reason'])
    expect((await decide(pingjiang, demand.id, { decision: 'decline', reason: '夜间可通过苏州人社 App 线上办理' })).status).toBe(200)
    expect(await listed()).toMatchObject({
      status: 'declined',
      trail: [{ status: 'assessing' }, { status: 'declined', note: '夜间可通过苏州人社 App 线上办理' }],
    })
    expect((await answer(pingjiang, demand.id, { kind: 'service', serviceId: 'svc-senior-school' })).status).toBe(409)
  })

  it('groups only reports of the sub-district it is filed in, and counts the funnel per sub-district', async () => {
    const huqiuMessage = await submitMessage((await freshResident()).token, { subDistrict: 'huqiu' })
    const wrong = await group(pingjiang, { topic: '跨街道', summary: '不应成功', messageIds: [huqiuMessage] })
    expect(wrong.status).toBe(422)
    expect(fieldsOf(wrong.body)).toEqual(['body.messageIds.0'])
    expect(fieldsOf((await group(admin, { topic: '未选街道', summary: '须选街道', messageIds: [huqiuMessage] })).body)).toEqual([
      'body.subDistrict',
    ])
    expect((await group(admin, { topic: '虎丘', summary: '区级归集', subDistrict: 'huqiu', messageIds: [huqiuMessage] })).status).toBe(201)

    const mine = await call('GET', '/v1/admin/demands', { headers: bearer(pingjiang) })
    expect(mine.status).toBe(200)
    expect(mine.body.items.every((d: { subDistrict: string }) => d.subDistrict === 'pingjiang')).toBe(true)
    const row = mine.body.funnel.find((r: { subDistrict: string }) => r.subDistrict === 'pingjiang')
    expect(row.demands).toBe(mine.body.items.length)
    expect(row.scheduled).toBe(mine.body.items.filter((d: { status: string }) => d.status === 'scheduled').length)
    expect((await call('GET', '/v1/admin/demands?subDistrict=huqiu', { headers: bearer(pingjiang) })).status).toBe(404)
    const district = await call('GET', '/v1/admin/demands', { headers: bearer(admin) })
    expect(district.body.items.map((d: { subDistrict: string }) => d.subDistrict)).toEqual(expect.arrayContaining(['pingjiang', 'huqiu']))
  })
})
