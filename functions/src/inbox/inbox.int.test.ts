/** The in-app inbox through HTTP on dynalite: a note per status change of one's message, read marks, paging. */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { actAsAdmin, idempotencyKey, messageBody, submitMessage } from '../../test/messages'
import { InboxNotifier } from './inbox-notifier'
import { InboxRepository } from './repository'

let run = 0
const freshResident = () => signInUser(`inbox-${Date.now()}-${run++}`)
const inbox = (token: string, query = '') => call('GET', `/v1/me/inbox${query}`, { headers: bearer(token) })
const markRead = (token: string, body: unknown) => call('POST', '/v1/me/inbox/read', { body, headers: bearer(token) })

const directInbox = () => new InboxRepository(createDocumentClient(inject('dynamoEndpoint')), inject('stackEnv').INBOX_TABLE!)

let admin: string
beforeAll(async () => {
  admin = (await signInStaff('admin')).token
})

describe('GET /v1/me/inbox', () => {
  it('gets a note for every status change of one’s message, newest first, each linking to it', async () => {
    const { token } = await freshResident()
    const held = await submitMessage(token, { content: '工资拖了半年，我们准备去拉横幅', title: '拖欠工资怎么办' })
    expect((await inbox(token)).body).toEqual({ items: [], unread: 0 })

    for (const action of ['approve', 'claim']) expect((await actAsAdmin(held, { action })).status).toBe(200)
    await actAsAdmin(held, { action: 'note', note: '内部备注：不要告诉居民' })
    await actAsAdmin(held, { action: 'reply', answer: '已联系单位。' })
    await actAsAdmin(held, { action: 'resolve' })
    const moved = await submitMessage(token)
    await actAsAdmin(moved, { action: 'transfer', subDistrict: 'huqiu', note: '转虎丘' })

    const res = await inbox(token)
    expect(res.status).toBe(200)
    expect(res.body.unread).toBe(5)
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual([
      '留言已转办',
      '留言已办结',
      '留言已答复',
      '留言已受理',
      '留言已通过审核',
    ])
    expect(res.body.items.map((i: { link: { id: string } }) => i.link.id)).toEqual([moved, held, held, held, held])
    expect(res.body.items[0]).toMatchObject({
      id: expect.stringMatching(/^note-[a-f0-9]{24}$/),
      kind: 'message-status',
      read: false,
      link: { kind: 'message' },
    })
    expect(res.body.items[0].body).toContain('虎丘街道')
    expect(res.body.items[2].body).toContain('拖欠工资怎么办')
    const ats = res.body.items.map((i: { at: string }) => i.at)
    expect(ats).toEqual([...ats].sort().reverse())
    expect(JSON.stringify(res.body)).not.toContain('内部备注')
  })

  it('tells no one about a walk-in resident’s message, nor about notes and demand tags', async () => {
    const { token } = await freshResident()
    const id = await submitMessage(token)
    await actAsAdmin(id, { action: 'note', note: '备注' })
    await actAsAdmin(id, { action: 'tag-demand', topic: '培训' })
    expect((await inbox(token)).body.unread).toBe(0)

    const walkIn = await call('POST', '/v1/admin/messages', {
      body: { ...messageBody(), residentName: '张三' },
      headers: { ...bearer(admin), 'idempotency-key': idempotencyKey() },
    })
    expect(walkIn.status).toBe(201)
    const replied = await actAsAdmin(walkIn.body.id, { action: 'reply', answer: '已答复。' })
    expect(replied.status).toBe(200)
    // nobody can sign in as a walk-in author: look in the table under the id the message names
    expect(replied.body.authorId).toMatch(/^walkin-/)
    expect((await directInbox().page(replied.body.authorId, 10)).items).toEqual([])
  })

  it('pages with a cursor, and refuses someone else’s cursor (400)', async () => {
    const { token } = await freshResident()
    for (let i = 0; i < 3; i++) await actAsAdmin(await submitMessage(token), { action: 'claim' })
    const first = await inbox(token, '?limit=2')
    expect(first.body.items).toHaveLength(2)
    expect(first.body.unread).toBe(3)
    const second = await inbox(token, `?limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body.items).toHaveLength(1)
    expect(second.body.nextCursor).toBeUndefined()
    expect(new Set([...first.body.items, ...second.body.items].map((i: { id: string }) => i.id)).size).toBe(3)

    const other = await freshResident()
    const forged = await inbox(other.token, `?limit=2&cursor=${first.body.nextCursor}`)
    expect(forged.status).toBe(400)
    expect(forged.body.errors).toEqual([expect.objectContaining({ path: 'query.cursor' })])
  })
})

describe('POST /v1/me/inbox/read', () => {
  it('marks the named notes read, then all; another person’s ids change nothing', async () => {
    const { token } = await freshResident()
    const other = await freshResident()
    for (let i = 0; i < 3; i++) await actAsAdmin(await submitMessage(token), { action: 'claim' })
    const items = (await inbox(token)).body.items as Array<{ id: string }>

    const foreign = await markRead(other.token, { ids: items.map((i) => i.id) })
    expect(foreign.status).toBe(204)
    expect((await inbox(token)).body.unread).toBe(3)

    expect((await markRead(token, { ids: [items[1]!.id] })).status).toBe(204)
    const after = (await inbox(token)).body
    expect(after.unread).toBe(2)
    expect(after.items.map((i: { read: boolean }) => i.read)).toEqual([false, true, false])

    expect((await markRead(token, {})).status).toBe(204)
    const all = (await inbox(token)).body
    expect(all.unread).toBe(0)
    expect(all.items.every((i: { read: boolean }) => i.read)).toBe(true)
  })

  it('names bad ids (422), and is for residents only', async () => {
    const { token } = await freshResident()
    const bad = await markRead(token, { ids: ['msg-1'] })
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'body.ids.0' })])
    expect((await markRead(admin, {})).status).toBe(403)
    expect((await call('GET', '/v1/me/inbox')).status).toBe(401)
  })
})

describe('notify with a dedupe key', () => {
  it('stores one note however often it is repeated, even at once', async () => {
    const notifier = new InboxNotifier(directInbox())
    const { token, userId } = await freshResident()
    const note = {
      kind: 'company-deadline' as const,
      title: '社保登记即将到期',
      body: '请在 3 天内完成单位社保开户。',
      link: { kind: 'company' as const, id: 'co-1' },
      dedupeKey: 'co-1#due-3',
    }
    await Promise.all(Array.from({ length: 10 }, () => notifier.notify(userId, note)))
    const res = await inbox(token)
    expect(res.body.unread).toBe(1)
    expect(res.body.items).toEqual([
      expect.objectContaining({ kind: 'company-deadline', title: '社保登记即将到期', link: { kind: 'company', id: 'co-1' } }),
    ])
  })
})
