import { answerDeadline } from '@doorstep/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, serverCalendar, signInStaff, signInUser } from '../../test/http'
import { actAsAdmin, answeredMessage, idempotencyKey, messageBody, submitMessage } from '../../test/messages'

let run = 0
const freshResident = () => signInUser(`board-${Date.now()}-${run++}`)

const submit = (token: string, body: unknown, key: string | null = idempotencyKey()) =>
  call('POST', '/v1/messages', { body, headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) } })
const read = (token: string, id: string) => call('GET', `/v1/messages/${id}`, { headers: bearer(token) })
const mine = (token: string) => call('GET', '/v1/me/messages', { headers: bearer(token) })
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()

let pingjiang: string
let huqiu: string
beforeAll(async () => {
  pingjiang = (await signInStaff('answerer.pingjiang')).token
  huqiu = (await signInStaff('answerer.huqiu')).token
})

describe('POST /v1/messages', () => {
  it('stores one message for 50 concurrent requests with the same Idempotency-Key, and for their retries', async () => {
    const { token } = await freshResident()
    // warm: a cold function's first requests wait for its SSM reads and WeChat token, which is not what this is about
    expect((await submit(token, messageBody({ title: '预热' }))).status).toBe(201)
    const key = idempotencyKey()
    const first = await Promise.all(Array.from({ length: 50 }, () => submit(token, messageBody(), key)))
    // a busy machine may time some out (5xx, as API Gateway answers a Lambda timeout): the app retries those with
    // the same key, which is what the key is for
    const unanswered = first.filter((r) => r.status >= 500).length
    const retried = []
    for (let i = 0; i < unanswered; i++) retried.push(await submit(token, messageBody(), key))
    const responses = [...first.filter((r) => r.status < 500), ...retried]

    const answers = JSON.stringify(responses.map((r) => [r.status, r.body.id, r.body.trackingNo]))
    expect(
      responses.filter((r) => r.status === 200 || r.status === 201),
      answers,
    ).toHaveLength(50)
    // one 201: the request that stored it — unless that very request was among the timed-out ones
    const created = responses.filter((r) => r.status === 201).length
    expect(created, answers).toBeLessThanOrEqual(1)
    expect(created + unanswered, answers).toBeGreaterThan(0)
    expect(new Set(responses.map((r) => r.body.id)).size, answers).toBe(1)
    expect(new Set(responses.map((r) => r.body.trackingNo)).size, answers).toBe(1)
    expect((await mine(token)).body.items.filter((m: { title: string }) => m.title !== '预热')).toHaveLength(1)
  }, 90_000)

  it('answers with a tracking number, the status and a deadline three working days on', async () => {
    const { token } = await freshResident()
    const before = new Date()
    const res = await submit(token, messageBody())

    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^msg-/),
      trackingNo: expect.stringMatching(/^LY-\d{8}-[2-9A-HJ-NP-Z]{4}$/),
      status: 'pending',
      answerDeadline: answerDeadline(before, 3, await serverCalendar()).toISOString(),
    })
  })

  it('refuses the same key with a different body (409) and a missing key (400), storing nothing', async () => {
    const { token } = await freshResident()
    const key = idempotencyKey()
    expect((await submit(token, messageBody(), key)).status).toBe(201)

    const changed = await submit(token, messageBody({ title: '换了一个问题' }), key)
    expect(changed.status).toBe(409)
    expect(changed.contentType).toContain('application/problem+json')
    expect(fieldsOf(changed.body)).toEqual(['header.Idempotency-Key'])

    const keyless = await submit(token, messageBody(), null)
    expect(keyless.status).toBe(400)
    expect(fieldsOf(keyless.body)).toEqual(['header.Idempotency-Key'])
    expect((await mine(token)).body.items).toHaveLength(1)
  })

  it('names every bad field (422)', async () => {
    const { token } = await freshResident()
    const res = await submit(
      token,
      messageBody({ category: 'parking', content: '问'.repeat(1001), phone: '12345', subDistrict: 'nowhere', extra: 1 }),
    )
    expect(res.status).toBe(422)
    expect(fieldsOf(res.body)).toEqual(['body.category', 'body.content', 'body.extra', 'body.phone', 'body.subDistrict'])
  })

  it('refuses risky content with a reason for the writer (422) and stores nothing', async () => {
    const { token } = await freshResident()
    const res = await submit(token, messageBody({ content: '专业代开发票，价格优惠' }))
    expect(res.status).toBe(422)
    expect(res.body.errors).toEqual([{ path: 'content', message: expect.stringContaining('代开发票') }])
    expect((await mine(token)).body.items).toEqual([])
  })

  it('holds content that needs review: stored, hidden as 待审核 until staff approve', async () => {
    const { token } = await freshResident()
    const res = await submit(token, messageBody({ content: '公司拖欠工资半年，大家准备集体讨薪' }))
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('reviewing')
    expect((await read(token, res.body.id)).body.status).toBe('reviewing')

    expect((await actAsAdmin(res.body.id, { action: 'approve' })).body.status).toBe('pending')
    expect((await actAsAdmin(res.body.id, { action: 'approve' })).status).toBe(409)
  })

  it('passes ordinary content straight to the queue', async () => {
    const { token } = await freshResident()
    expect((await submit(token, messageBody())).body.status).toBe('pending')
  })
})

describe('status machine', () => {
  it('walks 待受理 → 处理中 → 已答复 → 已解决 and refuses illegal steps with 409', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)

    const early = await actAsAdmin(id, { action: 'resolve' })
    expect(early.status).toBe(409)
    expect(early.body.detail).toContain('待受理')

    expect((await actAsAdmin(id, { action: 'claim' })).body.status).toBe('processing')
    expect((await actAsAdmin(id, { action: 'claim' })).status).toBe(409)
    const answered = await actAsAdmin(id, { action: 'reply', answer: '已为您查询，请带身份证到窗口办理。' })
    expect(answered.body).toMatchObject({ status: 'answered', answer: { text: '已为您查询，请带身份证到窗口办理。' } })
    expect((await actAsAdmin(id, { action: 'reply', answer: '再答一次' })).status).toBe(409)
    expect((await actAsAdmin(id, { action: 'resolve' })).body.status).toBe('resolved')

    const seen = await read(token, id)
    expect(seen.body.answer.text).toBe('已为您查询，请带身份证到窗口办理。')
    expect(seen.body.history.map((step: { status: string }) => step.status)).toEqual(['pending', 'processing', 'answered', 'resolved'])
  })

  it('names an unknown action and an empty answer (422)', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    expect(fieldsOf((await actAsAdmin(id, { action: 'delete' })).body)).toEqual(['body.action'])
    const empty = await actAsAdmin(id, { action: 'reply', answer: '  ' })
    expect(empty.status).toBe(422)
    expect(fieldsOf(empty.body)).toEqual(['body.answer'])
  })
})

describe('who may read a message', () => {
  it('hides a private message from another resident and from staff out of scope (404)', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const id = await submitMessage(author.token, { public: false })

    expect((await read(author.token, id)).status).toBe(200)
    expect((await read(other.token, id)).status).toBe(404)
    expect((await read(huqiu, id)).status).toBe(404)
    expect((await read(pingjiang, id)).status).toBe(200)
    expect((await actAsAdmin(id, { action: 'claim' })).status).toBe(200)
    expect((await call('POST', `/v1/admin/messages/${id}/actions`, { body: { action: 'claim' }, headers: bearer(huqiu) })).status).toBe(404)
  })

  it('leaves a message without a sub-district to district staff', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token, { subDistrict: undefined })
    expect((await read(pingjiang, id)).status).toBe(404)
    expect((await actAsAdmin(id, { action: 'claim' })).status).toBe(200)
  })

  it('answers 404 for an id that does not exist and 400 for a malformed one', async () => {
    const { token } = await freshResident()
    expect((await read(token, 'msg-00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await read(token, 'not-a-message')).status).toBe(400)
  })
})

describe('internal notes', () => {
  it('are shown to staff and never in any response to the resident', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    const note = '内部：此人上月已来电，转社保科核实'
    const noted = await call('POST', `/v1/admin/messages/${id}/actions`, { body: { action: 'note', note }, headers: bearer(pingjiang) })
    expect(noted.status).toBe(200)
    expect(noted.body.notes).toEqual([expect.objectContaining({ text: note })])
    await actAsAdmin(id, { action: 'reply', answer: '已为您转相关科室核实。' })

    const staffSees = await read(pingjiang, id)
    expect(staffSees.body.notes).toHaveLength(1)
    expect(staffSees.body.audit.every((entry: { staffId?: string; userId?: string }) => entry.staffId || entry.userId)).toBe(true)

    for (const res of [await read(token, id), await mine(token)]) {
      expect(res.status).toBe(200)
      const text = JSON.stringify(res.body)
      expect(text).not.toContain(note)
      expect(text).not.toContain('"notes"')
      expect(text).not.toContain('staffId')
    }
  })
})

describe('POST /v1/messages/{id}/rating', () => {
  const rate = (token: string, id: string, body: unknown) => call('POST', `/v1/messages/${id}/rating`, { body, headers: bearer(token) })

  it('is refused before an answer (409)', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    expect((await rate(token, id, { score: 4 })).status).toBe(409)
  })

  it('is for the author only (404 for anyone else), once, 1–5', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const id = await answeredMessage(author.token)

    expect((await rate(other.token, id, { score: 1 })).status).toBe(404)
    const invalid = await rate(author.token, id, { score: 6 })
    expect(invalid.status).toBe(422)
    expect(fieldsOf(invalid.body)).toEqual(['body.score'])

    const rated = await rate(author.token, id, { score: 5, comment: '答复很快，解决了' })
    expect(rated.status).toBe(200)
    expect(rated.body.rating).toMatchObject({ score: 5, comment: '答复很快，解决了' })
    expect((await rate(author.token, id, { score: 1 })).status).toBe(409)
    expect((await read(author.token, id)).body.rating.score).toBe(5)
  })
})

describe('GET /v1/admin/messages (the staff queue)', () => {
  const queue = (token: string, query = '') => call('GET', `/v1/admin/messages${query}`, { headers: bearer(token) })
  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((item) => item.id)

  it('lists open messages in scope, most urgent deadline first, and drops them once answered', async () => {
    const { token } = await freshResident()
    const first = await submitMessage(token, { category: 'mediation' })
    const second = await submitMessage(token, { category: 'mediation' })
    const elsewhere = await submitMessage(token, { category: 'mediation', subDistrict: 'huqiu' })

    const mine = ids(await queue(pingjiang, '?category=mediation&limit=100'))
    expect(mine).toEqual(expect.arrayContaining([first, second]))
    expect(mine).not.toContain(elsewhere)
    expect(mine.indexOf(first)).toBeLessThan(mine.indexOf(second))
    const deadlines = (await queue(pingjiang, '?limit=100')).body.items.map((item: { answerDeadline: string }) => item.answerDeadline)
    expect(deadlines).toEqual([...deadlines].sort())

    expect(ids(await queue(huqiu, '?category=mediation&limit=100'))).toContain(elsewhere)
    expect(ids(await queue(pingjiang, '?subDistrict=huqiu'))).toEqual([])
    expect(ids(await actAsAdminQueue('?subDistrict=huqiu&category=mediation&limit=100'))).toContain(elsewhere)

    await actAsAdmin(first, { action: 'reply', answer: '已答复。' })
    expect(ids(await queue(pingjiang, '?category=mediation&limit=100'))).not.toContain(first)
    expect(ids(await queue(pingjiang, '?status=processing&limit=100'))).not.toContain(second)
  })

  it('names bad filters (400)', async () => {
    const res = await queue(pingjiang, '?status=answered&category=parking&limit=0')
    expect(res.status).toBe(400)
    expect(fieldsOf(res.body)).toEqual(['query.category', 'query.limit', 'query.status'])
  })

  async function actAsAdminQueue(query: string) {
    return queue((await signInStaff('admin')).token, query)
  }
})

describe('POST /v1/messages/{id}/reopen', () => {
  const reopen = (token: string, id: string, body: unknown) => call('POST', `/v1/messages/${id}/reopen`, { body, headers: bearer(token) })

  it('sends an answered message back to the queue with the reason, a fresh deadline and no escalation', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const id = await answeredMessage(author.token)

    expect((await reopen(other.token, id, { reason: '不是我的' })).status).toBe(404)
    expect(fieldsOf((await reopen(author.token, id, { reason: ' ' })).body)).toEqual(['body.reason'])

    const reopened = await reopen(author.token, id, { reason: '窗口说还要单位证明，答复里没提' })
    expect(reopened.status).toBe(200)
    expect(reopened.body).toMatchObject({ status: 'reopened', followUps: [{ text: '窗口说还要单位证明，答复里没提' }] })
    expect(reopened.body.answerDeadline).toBe(
      answerDeadline(new Date(reopened.body.followUps[0].at), 3, await serverCalendar()).toISOString(),
    )
    expect((await reopen(author.token, id, { reason: '再开一次' })).status).toBe(409)

    const queued = await call('GET', '/v1/admin/messages?status=reopened&limit=100', { headers: bearer(pingjiang) })
    expect(queued.body.items.map((item: { id: string }) => item.id)).toContain(id)
    expect((await actAsAdmin(id, { action: 'reply', answer: '补充：还需要单位出具的证明。' })).body.status).toBe('answered')
  })

  it('is refused before an answer (409)', async () => {
    const { token } = await freshResident()
    expect((await reopen(token, await submitMessage(token), { reason: '着急' })).status).toBe(409)
  })
})

describe('POST /v1/messages/{id}/solved', () => {
  const solved = (token: string, id: string) => call('POST', `/v1/messages/${id}/solved`, { headers: bearer(token) })

  it('lets the author close an answered message, once, and no one else', async () => {
    const author = await freshResident()
    const other = await freshResident()
    const open = await submitMessage(author.token)
    expect((await solved(author.token, open)).status).toBe(409)

    const id = await answeredMessage(author.token)
    expect((await solved(other.token, id)).status).toBe(404)
    const closed = await solved(author.token, id)
    expect(closed.status).toBe(200)
    expect(closed.body.status).toBe('resolved')
    expect((await solved(author.token, id)).status).toBe(409)
  })
})
