/** Staff console routes through HTTP on dynalite: transfer, templates, demand tags, assisted filing, queue paging, dashboard. */
import { MESSAGE_REPLY_TEMPLATES, MessageSubmit, shanghaiWeekStart } from '@doorstep/shared'
import * as v from 'valibot'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { CalendarRepository } from '../calendar/repository'
import { CalendarService } from '../calendar/service'
import { StationRepository } from '../stations/repository'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { actAsAdmin, idempotencyKey, messageBody, submitMessage } from '../../test/messages'
import { CombinedContentCheck } from './content-check/content-check'
import { MessageRepository } from './repository'
import { MessageService } from './service'

let run = 0
const freshResident = () => signInUser(`board-staff-${Date.now()}-${run++}`)
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()
const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((item) => item.id)

let admin: string
let pingjiang: string
let huqiu: string
beforeAll(async () => {
  admin = (await signInStaff('admin')).token
  pingjiang = (await signInStaff('answerer.pingjiang')).token
  huqiu = (await signInStaff('answerer.huqiu')).token
})

const act = (token: string, id: string, body: unknown) => call('POST', `/v1/admin/messages/${id}/actions`, { body, headers: bearer(token) })
const read = (token: string, id: string) => call('GET', `/v1/messages/${id}`, { headers: bearer(token) })
const queue = (token: string, query: string) => call('GET', `/v1/admin/messages?${query}`, { headers: bearer(token) })
const fileForWalkIn = (token: string, body: unknown, key = idempotencyKey()) =>
  call('POST', '/v1/admin/messages', { body, headers: { ...bearer(token), 'idempotency-key': key } })
const dashboard = (token: string, query: string) => call('GET', `/v1/admin/messages/dashboard?${query}`, { headers: bearer(token) })

describe('transfer', () => {
  it('moves an open message to another sub-district’s queue, back to 待受理, with the note kept internal', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token, { category: 'mediation' })
    expect((await act(pingjiang, id, { action: 'claim' })).body.status).toBe('processing')

    const moved = await act(pingjiang, id, { action: 'transfer', subDistrict: 'huqiu', note: '单位在虎丘，转虎丘街道' })
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({
      subDistrict: 'huqiu',
      status: 'pending',
      notes: [expect.objectContaining({ text: '单位在虎丘，转虎丘街道' })],
    })
    expect(moved.body.audit.at(-1)).toMatchObject({
      action: 'transfer',
      fromSubDistrict: 'pingjiang',
      toSubDistrict: 'huqiu',
      staffId: 'answerer.pingjiang',
    })

    expect(ids(await queue(pingjiang, 'category=mediation&limit=100'))).not.toContain(id)
    expect(ids(await queue(huqiu, 'category=mediation&limit=100'))).toContain(id)
    expect((await read(pingjiang, id)).status).toBe(404)
    expect((await read(huqiu, id)).status).toBe(200)
    expect((await act(huqiu, id, { action: 'transfer', subDistrict: 'huqiu' })).status).toBe(409)

    const residentSees = (await read(token, id)).body
    expect(residentSees.subDistrict).toBe('huqiu')
    expect(JSON.stringify(residentSees)).not.toContain('单位在虎丘')
  })

  it('wins over a staff step read before it: that step cannot put the message back in the old queue', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token, { category: 'mediation' })
    const repository = new MessageRepository(createDocumentClient(inject('dynamoEndpoint')), inject('stackEnv').MESSAGES_TABLE!)
    const readBefore = (await repository.get(id))!
    expect((await act(pingjiang, id, { action: 'transfer', subDistrict: 'huqiu' })).status).toBe(200)
    const late = await repository.transition(id, {
      from: ['pending'],
      to: 'processing',
      audit: { at: new Date().toISOString(), action: 'claim', status: 'processing', staffId: 'answerer.pingjiang' },
      after: readBefore,
    })
    expect(late).toBeUndefined()
    expect(ids(await queue(huqiu, 'category=mediation&limit=100'))).toContain(id)
    expect(ids(await queue(pingjiang, 'category=mediation&limit=100'))).not.toContain(id)
  })

  it('is refused once answered (409) and names a bad sub-district (422)', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    expect(fieldsOf((await act(admin, id, { action: 'transfer', subDistrict: 'nowhere' })).body)).toEqual(['body.subDistrict'])
    await actAsAdmin(id, { action: 'reply', answer: '已答复。' })
    expect((await act(admin, id, { action: 'transfer', subDistrict: 'huqiu' })).status).toBe(409)
  })
})

describe('reply templates', () => {
  it('lists the templates, and a reply records the one it started from', async () => {
    const res = await call('GET', '/v1/admin/message-templates', { headers: bearer(pingjiang) })
    expect(res.status).toBe(200)
    expect(res.body.items).toEqual(MESSAGE_REPLY_TEMPLATES.map(({ id, title, text }) => ({ id, title, text })))

    const { token } = await freshResident()
    const id = await submitMessage(token)
    const template = MESSAGE_REPLY_TEMPLATES[0]
    expect(fieldsOf((await act(pingjiang, id, { action: 'reply', answer: '答复', templateId: 'tpl-nope' })).body)).toEqual([
      'body.templateId',
    ])
    const replied = await act(pingjiang, id, { action: 'reply', answer: template.text, templateId: template.id })
    expect(replied.body.audit.at(-1)).toMatchObject({ action: 'reply', templateId: template.id })
    expect(JSON.stringify((await read(token, id)).body)).not.toContain(template.id)
  })
})

describe('tag-demand', () => {
  it('marks a message as a demand, linked to a service project, in any status', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    const tagged = await act(pingjiang, id, { action: 'tag-demand', topic: '育婴师培训' })
    expect(tagged.body.demand).toMatchObject({ topic: '育婴师培训', staffId: 'answerer.pingjiang' })
    expect(tagged.body.status).toBe('pending')
    const linked = await act(pingjiang, id, { action: 'tag-demand', topic: '育婴师培训', serviceId: 'svc-talent-experience' })
    expect(linked.body.demand).toMatchObject({ serviceId: 'svc-talent-experience' })
    expect(fieldsOf((await act(pingjiang, id, { action: 'tag-demand', serviceId: 'Not An Id' })).body)).toEqual(['body.serviceId'])
    expect(JSON.stringify((await read(token, id)).body)).not.toContain('育婴师培训')
  })
})

describe('POST /v1/admin/messages (assisted filing)', () => {
  const walkIn = (overrides: Record<string, unknown> = {}) => ({
    ...messageBody({ category: 'policy', title: '代居民咨询退休手续' }),
    residentName: '王小明',
    residentPhone: '13700001111',
    ...overrides,
  })

  it('files once per Idempotency-Key for a walk-in resident, into the queue, as filed by staff', async () => {
    const key = idempotencyKey()
    const first = await fileForWalkIn(pingjiang, walkIn(), key)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ id: expect.stringMatching(/^msg-/), trackingNo: expect.stringMatching(/^LY-/), status: 'pending' })
    const again = await Promise.all(Array.from({ length: 5 }, () => fileForWalkIn(pingjiang, walkIn(), key)))
    expect(again.map((r) => [r.status, r.body.id])).toEqual(Array(5).fill([200, first.body.id]))
    const changed = await fileForWalkIn(pingjiang, walkIn({ residentName: '李四' }), key)
    expect(changed.status).toBe(409)
    expect(fieldsOf(changed.body)).toEqual(['header.Idempotency-Key'])

    const staffSees = (await read(pingjiang, first.body.id)).body
    expect(staffSees).toMatchObject({
      filedFor: { name: '王小明', phone: '13700001111' },
      filedBy: 'answerer.pingjiang',
      subDistrict: 'pingjiang',
    })
    expect(staffSees.authorId).toMatch(/^walkin-/)
    expect(staffSees.audit[0]).toMatchObject({ action: 'assisted-file', staffId: 'answerer.pingjiang' })
    expect(ids(await queue(pingjiang, 'category=policy&limit=100'))).toContain(first.body.id)

    await actAsAdmin(first.body.id, { action: 'reply', answer: '请带身份证到窗口办理。' })
    const onBoard = (await call('GET', '/v1/messages?public=1&category=policy&limit=50')).body.items.find(
      (m: { id: string }) => m.id === first.body.id,
    )
    expect(onBoard.author).toBe('王**')
    expect(JSON.stringify(onBoard)).not.toContain('13700001111')
  })

  it('files inside the staff member’s own sub-district, taking the station’s sub-district', async () => {
    const { subDistrict: _none, ...noPlace } = walkIn()
    const defaulted = await fileForWalkIn(pingjiang, noPlace)
    expect((await read(pingjiang, defaulted.body.id)).body.subDistrict).toBe('pingjiang')

    const elsewhere = await fileForWalkIn(pingjiang, walkIn({ subDistrict: 'huqiu' }))
    expect(elsewhere.status).toBe(422)
    expect(fieldsOf(elsewhere.body)).toEqual(['body.subDistrict'])

    const atStation = await fileForWalkIn(admin, { ...noPlace, stationId: 'st-centre-baiyangwan' })
    expect(atStation.status).toBe(201)
    expect((await read(admin, atStation.body.id)).body).toMatchObject({ subDistrict: 'baiyangwan', stationId: 'st-centre-baiyangwan' })
    expect(fieldsOf((await fileForWalkIn(admin, walkIn({ stationId: 'st-centre-baiyangwan' }))).body)).toEqual(['body.stationId'])
    expect(fieldsOf((await fileForWalkIn(admin, walkIn({ stationId: 'st-nowhere' }))).body)).toEqual(['body.stationId'])
    expect(fieldsOf((await fileForWalkIn(admin, walkIn({ residentName: '', residentPhone: '123' }))).body)).toEqual([
      'body.residentName',
      'body.residentPhone',
    ])
    expect((await call('POST', '/v1/admin/messages', { body: walkIn(), headers: bearer(admin) })).status).toBe(400)
  })
})

describe('GET /v1/admin/messages with a cursor', () => {
  it('pages through the queue in deadline order without repeats or gaps', async () => {
    const { token } = await freshResident()
    const mine: string[] = []
    for (let i = 0; i < 5; i++) mine.push(await submitMessage(token, { category: 'talent', subDistrict: 'sujin' }))
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const res = await queue(admin, `subDistrict=sujin&category=talent&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.status).toBe(200)
      seen.push(...ids(res))
      cursor = res.body.nextCursor
      pages++
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((id) => mine.includes(id))).toEqual(mine)
    expect(pages).toBe(Math.ceil(seen.length / 2))
    expect((await queue(admin, 'cursor=eyJpZCI6MX0')).status).toBe(400)
  })
})

describe('GET /v1/admin/messages/dashboard (and .csv)', () => {
  // 白洋湾街道 takes messages from this test only, so the counts below are this test's own
  const area = 'baiyangwan'
  const count = (
    body: { byTopicWeek: Array<{ week: string; category: string; subDistrict: string; count: number }> },
    week: string,
    category: string,
  ) => body.byTopicWeek.find((r) => r.week === week && r.category === category && r.subDistrict === area)?.count ?? 0

  it('counts this week’s messages by topic, times first answers, averages ratings, ranks me-too and lists demands', async () => {
    const before = (await dashboard(admin, `subDistrict=${area}&weeks=2`)).body
    const week = shanghaiWeekStart(new Date())
    expect(before.weeks).toHaveLength(2)
    expect(before.weeks.at(-1)).toBe(week)

    const author = await freshResident()
    const other = await freshResident()
    const atStation = await submitMessage(author.token, { category: 'talent', subDistrict: undefined, stationId: 'st-centre-baiyangwan' })
    const second = await submitMessage(author.token, { category: 'talent', subDistrict: area })
    await submitMessage(author.token, { category: 'mediation', subDistrict: area })
    await actAsAdmin(atStation, { action: 'reply', answer: '已答复。' })
    await call('POST', `/v1/messages/${atStation}/rating`, { body: { score: 4 }, headers: bearer(author.token) })
    await call('POST', `/v1/messages/${second}/me-too`, { headers: bearer(other.token) })
    await actAsAdmin(second, { action: 'tag-demand', topic: '直播电商培训', serviceId: 'svc-new-livestream' })

    const after = await dashboard(admin, `subDistrict=${area}&weeks=2`)
    expect(after.status).toBe(200)
    expect(count(after.body, week, 'talent') - count(before, week, 'talent')).toBe(2)
    expect(count(after.body, week, 'mediation') - count(before, week, 'mediation')).toBe(1)
    expect(after.body.byTopicWeek.every((r: { subDistrict: string }) => r.subDistrict === area)).toBe(true)

    const areaRow = (body: typeof before, stationId?: string) =>
      body.firstAnswer.find((r: { subDistrict: string; stationId?: string }) => r.subDistrict === area && r.stationId === stationId)
    expect((areaRow(after.body)?.answered ?? 0) - (areaRow(before)?.answered ?? 0)).toBe(1)
    expect(areaRow(after.body, 'st-centre-baiyangwan')).toMatchObject({ answered: expect.any(Number), medianHours: expect.any(Number) })
    expect(after.body.satisfaction.count - before.satisfaction.count).toBe(1)
    expect(after.body.topMeToo).toContainEqual(expect.objectContaining({ id: second, meToo: 1, status: 'pending' }))
    expect(after.body.demands).toContainEqual(
      expect.objectContaining({ id: second, topic: '直播电商培训', serviceId: 'svc-new-livestream' }),
    )

    const csv = await call('GET', `/v1/admin/messages/dashboard.csv?subDistrict=${area}&weeks=2`, { headers: bearer(admin) })
    expect(csv.status).toBe(200)
    expect(csv.contentType).toContain('text/csv')
    expect(csv.headers.get('content-disposition')).toContain('.csv')
    // fetch's text() drops the BOM: look at the bytes
    const raw = await fetch(`${inject('apiUrl')}/v1/admin/messages/dashboard.csv?subDistrict=${area}`, { headers: bearer(admin) })
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = (csv.body as string).split('\r\n')
    expect(lines[0]).toBe('周,类别,街道,留言数')
    expect(lines).toContain(`${week},人才技能,白洋湾街道,${count(after.body, week, 'talent')}`)
  })

  it('keeps sub-district staff to their own sub-district (another → 404) and names bad parameters', async () => {
    const own = await dashboard(pingjiang, 'weeks=4')
    expect(own.status).toBe(200)
    expect(own.body.weeks).toHaveLength(4)
    expect(own.body.byTopicWeek.every((r: { subDistrict: string }) => r.subDistrict === 'pingjiang')).toBe(true)
    expect((await dashboard(huqiu, `subDistrict=${area}`)).status).toBe(404)
    expect((await call('GET', `/v1/admin/messages/dashboard.csv?subDistrict=${area}`, { headers: bearer(huqiu) })).status).toBe(404)
    const bad = await dashboard(admin, 'weeks=53&subDistrict=nowhere')
    expect(bad.status).toBe(400)
    expect(fieldsOf(bad.body)).toEqual(['query.subDistrict', 'query.weeks'])
  })
})

describe('Idempotency-Key claims expire after 24 hours', () => {
  const env = inject('stackEnv')
  const client = createDocumentClient(inject('dynamoEndpoint'))
  const service = new MessageService(
    new MessageRepository(client, env.MESSAGES_TABLE!),
    new CombinedContentCheck([]),
    new StationRepository(client, env.CATALOG_TABLE!),
    new CalendarService(new CalendarRepository(client, env.CATALOG_TABLE!)),
  )

  it('repeats the receipt within a day, and files anew after', async () => {
    const userId = `claim-expiry-${Date.now()}`
    const key = idempotencyKey()
    const body = v.parse(MessageSubmit, messageBody())
    const now = new Date()
    const first = await service.submit(userId, key, body, now)
    const later = await service.submit(userId, key, body, new Date(now.getTime() + 23 * 60 * 60 * 1000))
    expect(later).toEqual({ created: false, receipt: first.receipt })
    const nextDay = await service.submit(userId, key, body, new Date(now.getTime() + 25 * 60 * 60 * 1000))
    expect(nextDay.created).toBe(true)
    expect(nextDay.receipt.id).not.toBe(first.receipt.id)
    expect((await service.mine(userId)).items).toHaveLength(2)
  })
})
