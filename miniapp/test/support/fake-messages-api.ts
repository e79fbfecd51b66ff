import * as v from 'valibot'
import {
  ANONYMOUS_AUTHOR,
  ANSWER_WORKING_DAYS,
  answerDeadline,
  AssistedMessageSubmit,
  AWAITING_ANSWER_STATUSES,
  BUNDLED_CALENDAR,
  endpoints,
  type InboxItem,
  type Me,
  MESSAGE_REPLY_TEMPLATES,
  MESSAGE_STATUS_NAMES,
  type MessageArea,
  type MessageDashboard,
  MessageFollowUp,
  type MessageQueueItem,
  MessageRating,
  MessageReopen,
  type MessageStatus,
  MessageSubmit,
  type PublicMessage,
  RATEABLE_STATUSES,
  REOPENABLE_STATUSES,
  RESIDENT_AUTHOR,
  type ResidentMessage,
  scopeCovers,
  shanghaiDate,
  STAFF_MESSAGE_ACTIONS,
  type StaffMessage,
  StaffMessageActionBody,
} from '@doorstep/shared'
import type { TransportRequest, TransportResponse } from '@/shared/api/transport'
import { NOW, messageId } from '../fixtures/messages'
import { createFakeSubscriptions } from './fake-subscriptions'
import { createFakeTransport, invalid, methodAndPath, offsetPage, ok, problem, routeOf } from './fake-api'

/** The local word filter's refusals the tests use; the real list lives with the API. */
const RISKY_WORDS = ['代开发票', '赌博']
const OPEN = AWAITING_ANSWER_STATUSES as readonly MessageStatus[]
const BOARD_ROLES = ['answerer', 'admin']

interface Stored extends StaffMessage {
  meTooBy: string[]
}

/** The template id the fake deployment uses for message-board status changes. */
export const STATUS_TEMPLATE = 'tmpl-message-status'

/**
 * An in-memory stand-in for the message-board routes with the API's contract (docs/api.md): submit with an
 * Idempotency-Key (repeat → same receipt, other body → 409), 422 naming fields (schema or a refused word), the
 * board and "similar" (public, phones masked), me-too once per person, the author's actions in the order the status
 * machine allows (409 otherwise), the staff queue (overdue first), staff actions, assisted filing, the dashboard,
 * and the inbox every status change writes to. `people` maps Bearer tokens to who holds them.
 */
/** The author's actions on a message of theirs, each answered by `authorAction`. */
const AUTHOR_ACTIONS = [
  [endpoints.messagesRate, 'rating'],
  [endpoints.messagesConfirmSolved, 'solved'],
  [endpoints.messagesReopen, 'reopen'],
  [endpoints.messagesFollowUp, 'follow-ups'],
] as const

export function createFakeMessagesApi(data: { people: Record<string, Me>; messages?: StaffMessage[]; now?: string }) {
  let now = new Date(data.now ?? NOW)
  let serial = 100
  const messages = new Map<string, Stored>((data.messages ?? []).map((m) => [m.id, { meTooBy: [], ...structuredClone(m) }]))
  const claims = new Map<string, { body: string; id: string }>()
  const inbox = new Map<string, InboxItem[]>()

  const api = createFakeTransport(
    (request: TransportRequest, url: URL) => ({
      ...(request.body === undefined ? {} : { body: request.body }),
      line: methodAndPath(request, url),
      idempotencyKey: request.headers['Idempotency-Key'],
    }),
    (request, url) => route(request, url),
  )

  /** Subscription-message consents: one template, for message-board status changes. */
  const subscriptions = createFakeSubscriptions([{ kind: 'message-status', templateId: STATUS_TEMPLATE }])

  function route(request: TransportRequest, url: URL): TransportResponse {
    const token = request.headers.Authorization?.replace(/^Bearer /, '')
    const me = token ? data.people[token] : undefined
    const on = routeOf(request, url)
    const q = url.searchParams

    if (on(endpoints.messagesBoard)) return board(q)
    if (on(endpoints.messagesSimilar)) return similar(q)
    if (on(endpoints.messagesTemplates)) return staffOnly(me, () => ok({ items: MESSAGE_REPLY_TEMPLATES }))
    if (!me) return problem(401, '未登录或登录已过期', '请先登录')
    if (on(endpoints.messagesSubmit)) return asUser(me, (user) => submit(user, request))
    if (on(endpoints.messagesMine)) return asUser(me, (user) => ok({ items: mine(user.userId) }))
    if (on(endpoints.inboxList)) return asUser(me, (user) => readInbox(user.userId, q))
    if (on(endpoints.inboxRead)) return asUser(me, (user) => markRead(user.userId, request.body))
    if (on(endpoints.inboxSubscriptions)) return asUser(me, (user) => ok(subscriptions.settingsOf(user.userId)))
    if (on(endpoints.inboxAnswerSubscriptions)) return asUser(me, (user) => subscriptions.answer(user.userId, request.body))
    if (on(endpoints.messagesQueue)) return staffOnly(me, (staff) => queue(staff, q))
    if (on(endpoints.messagesAssistedSubmit)) return staffOnly(me, (staff) => fileForResident(staff, request))
    if (on(endpoints.messagesDashboard)) return staffOnly(me, (staff) => dashboard(staff, q))
    const acting = on(endpoints.messagesStaffAction)
    if (acting) return staffOnly(me, (staff) => act(staff, acting.id, request.body))
    const reading = on(endpoints.messagesGet)
    if (reading) return read(me, reading.id)
    const meToo = on(endpoints.messagesMeToo)
    if (meToo) return asUser(me, (user) => addMeToo(user.userId, meToo.id))
    for (const [endpoint, action] of AUTHOR_ACTIONS) {
      const target = on(endpoint)
      if (target) return asUser(me, (user) => authorAction(user.userId, target.id, action, request.body))
    }
    return problem(404, '没有找到')
  }

  // ---- resident side ----

  function submit(user: UserMe, request: TransportRequest): TransportResponse {
    const key = request.headers['Idempotency-Key']
    if (!key || !/^[A-Za-z0-9_-]{8,128}$/.test(key)) return problem(400, '请求参数有误', '请求须带有效的 Idempotency-Key')
    const parsed = v.safeParse(MessageSubmit, request.body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const refused = refusedField(parsed.output)
    if (refused) return refused
    const claimKey = `${user.userId}#${key}`
    const body = JSON.stringify(parsed.output)
    const claim = claims.get(claimKey)
    if (claim && claim.body !== body) {
      return problem(409, '冲突', '这个 Idempotency-Key 已用于另一条不同的留言', [
        { path: 'header.Idempotency-Key', message: '已用于内容不同的留言，请换一个' },
      ])
    }
    if (claim) return ok(receipt(messages.get(claim.id)!), 200)
    const stored = store(user.userId, parsed.output)
    claims.set(claimKey, { body, id: stored.id })
    return ok(receipt(stored), 201)
  }

  function store(authorId: string, body: MessageSubmit, extra: Partial<Stored> = {}): Stored {
    const at = now.toISOString()
    serial += 1
    const stored: Stored = {
      id: messageId(serial),
      trackingNo: `LY-${shanghaiDate(now).replaceAll('-', '')}-${String(serial).padStart(4, '0')}`,
      ...body,
      status: 'pending',
      submittedAt: at,
      answerDeadline: answerDeadline(now, ANSWER_WORKING_DAYS, BUNDLED_CALENDAR).toISOString(),
      followUps: [],
      history: [{ at, status: 'pending' }],
      authorId,
      notes: [],
      overdue: false,
      audit: [{ at, action: 'submit', status: 'pending', userId: authorId }],
      meTooBy: [],
      ...extra,
    }
    messages.set(stored.id, stored)
    return stored
  }

  function refusedField(body: MessageSubmit): TransportResponse | undefined {
    for (const field of ['title', 'content'] as const) {
      const word = RISKY_WORDS.find((w) => body[field].includes(w))
      if (word)
        return problem(422, '提交的内容有误', `${field}: 含有不允许的内容`, [
          { path: field, message: `含有不允许发布的内容「${word}」，请修改` },
        ])
    }
    return undefined
  }

  function mine(userId: string): ResidentMessage[] {
    return [...messages.values()]
      .filter((m) => m.authorId === userId)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
      .map(residentView)
  }

  function read(me: Me, id: string): TransportResponse {
    const message = messages.get(id)
    if (message && me.kind === 'user' && message.authorId === me.userId) return ok(residentView(message))
    if (message && me.kind === 'staff' && reaches(me, message)) return ok(staffView(message))
    return problem(404, '没有找到', '没有找到这条留言')
  }

  function authorAction(userId: string, id: string, action: string, body: unknown): TransportResponse {
    const message = messages.get(id)
    if (!message || message.authorId !== userId) return problem(404, '没有找到', '没有找到这条留言')
    const at = now.toISOString()
    switch (action) {
      case 'rating': {
        const parsed = v.safeParse(MessageRating, body)
        if (!parsed.success) return invalid(parsed.issues, 'body')
        if (message.rating) return conflict('这条留言已经评价过了')
        if (!(RATEABLE_STATUSES as readonly MessageStatus[]).includes(message.status)) return conflict('工作人员答复后才能评价')
        message.rating = { ...parsed.output, at }
        return ok(residentView(message))
      }
      case 'solved':
        if (message.status !== 'answered') return conflict(`留言当前为「${MESSAGE_STATUS_NAMES[message.status]}」，答复后才能确认已解决`)
        move(message, 'resolved', { action: 'confirm-solved', userId })
        return ok(residentView(message))
      case 'reopen': {
        const parsed = v.safeParse(MessageReopen, body)
        if (!parsed.success) return invalid(parsed.issues, 'body')
        if (!(REOPENABLE_STATUSES as readonly MessageStatus[]).includes(message.status)) {
          return conflict(`留言当前为「${MESSAGE_STATUS_NAMES[message.status]}」，答复后才能重开`)
        }
        message.followUps.push({ at, text: parsed.output.reason })
        message.answerDeadline = answerDeadline(now, ANSWER_WORKING_DAYS, BUNDLED_CALENDAR).toISOString()
        move(message, 'reopened', { action: 'reopen', userId })
        return ok(residentView(message))
      }
      case 'follow-ups': {
        const parsed = v.safeParse(MessageFollowUp, body)
        if (!parsed.success) return invalid(parsed.issues, 'body')
        if (message.status === 'resolved') return conflict('留言已解决，不能再追问')
        if (message.followUps.length >= 20) return conflict('追问已达 20 条')
        message.followUps.push({ at, text: parsed.output.text })
        message.audit.push({ at, action: 'follow-up', status: message.status, userId })
        return ok(residentView(message))
      }
    }
    return problem(404, '没有找到')
  }

  function addMeToo(userId: string, id: string): TransportResponse {
    const message = messages.get(id)
    if (!message || !message.public || message.status === 'reviewing') return problem(404, '没有找到', '没有找到这条留言')
    if (message.authorId === userId) return conflict('这是您自己的留言')
    if (message.status === 'resolved') return conflict('这条留言已解决')
    if (!message.meTooBy.includes(userId)) message.meTooBy.push(userId)
    return ok({ meToo: message.meTooBy.length, mine: true })
  }

  // ---- public side ----

  const isPublic = (m: Stored) => m.public && m.status !== 'reviewing'

  function board(q: URLSearchParams): TransportResponse {
    if (q.get('public') !== '1') return problem(400, '请求参数有误', '须带 public=1', [{ path: 'query.public', message: '须为 1' }])
    const words = (q.get('q') ?? '').split(/\s+/).filter(Boolean)
    const category = q.get('category')
    const found = [...messages.values()]
      .filter((m) => isPublic(m) && (m.status === 'answered' || m.status === 'resolved'))
      .filter((m) => !category || m.category === category)
      .filter((m) => words.every((w) => `${m.title}${m.content}${m.answer?.text ?? ''}`.includes(w)))
      .sort((a, b) => (b.answer?.at ?? '').localeCompare(a.answer?.at ?? ''))
    const { items, ...more } = offsetPage(found, { limit: Number(q.get('limit') ?? 20), cursor: q.get('cursor') ?? undefined })
    return ok({ items: items.map(publicView), ...more })
  }

  function similar(q: URLSearchParams): TransportResponse {
    const text = q.get('text') ?? ''
    const grams = bigrams(text)
    const items = [...messages.values()]
      .filter(isPublic)
      .map((m) => ({ m, score: [...bigrams(`${m.title}${m.content}`)].filter((g) => grams.has(g)).length }))
      .filter(({ score }) => score >= 2)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
      .map(({ m }) => ({ ...publicView(m), open: OPEN.includes(m.status) }))
    return ok({ items })
  }

  // ---- staff side ----

  function queue(staff: StaffMe, q: URLSearchParams): TransportResponse {
    const status = q.get('status')
    const category = q.get('category')
    const subDistrict = q.get('subDistrict')
    const found = [...messages.values()]
      .filter((m) => OPEN.includes(m.status) && reaches(staff, m))
      .filter(
        (m) =>
          (!status || m.status === status) && (!category || m.category === category) && (!subDistrict || m.subDistrict === subDistrict),
      )
      .sort((a, b) => a.answerDeadline.localeCompare(b.answerDeadline) || a.submittedAt.localeCompare(b.submittedAt))
    const { items, ...more } = offsetPage(found, { limit: Number(q.get('limit') ?? 50), cursor: q.get('cursor') ?? undefined })
    return ok({ items: items.map(queueItem), ...more })
  }

  function act(staff: StaffMe, id: string, body: unknown): TransportResponse {
    const message = messages.get(id)
    if (!message || !reaches(staff, message)) return problem(404, '没有找到', '没有找到这条留言')
    const parsed = v.safeParse(StaffMessageActionBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const action = parsed.output
    const at = now.toISOString()
    const by = { staffId: staff.staffId }
    switch (action.action) {
      case 'note':
        message.notes.push({ at, staffId: staff.staffId, text: action.note })
        return ok(staffView(message))
      case 'transfer': {
        if (!OPEN.includes(message.status)) return conflict(`留言当前为「${MESSAGE_STATUS_NAMES[message.status]}」，不能转办`)
        if (message.subDistrict === action.subDistrict) return conflict('留言已在这个街道')
        const from = message.subDistrict ?? 'district'
        message.subDistrict = action.subDistrict
        if (action.note) message.notes.push({ at, staffId: staff.staffId, text: action.note })
        // the new sub-district takes it on afresh
        if (message.status === 'processing') {
          message.status = 'pending'
          message.history.push({ at, status: 'pending' })
        }
        message.audit.push({
          at,
          action: 'transfer',
          status: message.status,
          fromSubDistrict: from,
          toSubDistrict: action.subDistrict,
          ...by,
        })
        return ok(staffView(message))
      }
      case 'tag-demand':
        message.demand = { serviceId: action.serviceId, topic: action.topic, taggedAt: at, staffId: staff.staffId }
        message.audit.push({ at, action: 'tag-demand', status: message.status, ...by })
        return ok(staffView(message))
      default: {
        const { from, to } = STAFF_MESSAGE_ACTIONS[action.action]
        if (!(from as readonly MessageStatus[]).includes(message.status))
          return conflict(`留言当前为「${MESSAGE_STATUS_NAMES[message.status]}」，不能执行此操作`)
        if (action.action === 'reply') message.answer = { text: action.answer, at }
        move(message, to, {
          action: action.action,
          ...by,
          ...(action.action === 'reply' && action.templateId ? { templateId: action.templateId } : {}),
        })
        return ok(staffView(message))
      }
    }
  }

  function fileForResident(staff: StaffMe, request: TransportRequest): TransportResponse {
    const key = request.headers['Idempotency-Key']
    if (!key) return problem(400, '请求参数有误', '请求须带有效的 Idempotency-Key')
    const parsed = v.safeParse(AssistedMessageSubmit, request.body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const { residentName, residentPhone, ...body } = parsed.output
    const claimKey = `${staff.staffId}#${key}`
    const claim = claims.get(claimKey)
    if (claim) return ok(receipt(messages.get(claim.id)!), 200)
    const stored = store(`walk-in:${staff.staffId}`, body, {
      filedFor: { name: residentName, ...(residentPhone ? { phone: residentPhone } : {}) },
      filedBy: staff.staffId,
    })
    stored.audit[0] = { at: stored.submittedAt, action: 'assisted-file', status: 'pending', staffId: staff.staffId }
    claims.set(claimKey, { body: JSON.stringify(parsed.output), id: stored.id })
    return ok(receipt(stored), 201)
  }

  function dashboard(staff: StaffMe, q: URLSearchParams): TransportResponse {
    const weeks = Number(q.get('weeks') ?? 8)
    const subDistrict = q.get('subDistrict')
    const mondays = Array.from({ length: weeks }, (_, i) => mondayOf(new Date(now.getTime() - (weeks - 1 - i) * 7 * 86_400_000)))
    const inScope = [...messages.values()].filter((m) => reaches(staff, m) && (!subDistrict || m.subDistrict === subDistrict))
    const counts = new Map<string, MessageDashboard['byTopicWeek'][number]>()
    for (const m of inScope) {
      const week = mondayOf(new Date(m.submittedAt))
      if (!mondays.includes(week)) continue
      const key = `${week}|${m.category}|${m.subDistrict}`
      const row = counts.get(key) ?? { week, category: m.category, subDistrict: m.subDistrict ?? 'district', count: 0 }
      row.count += 1
      counts.set(key, row)
    }
    const rated = inScope.filter((m) => m.rating)
    const bySub = new Map<string, number[]>()
    for (const m of inScope.filter((x) => x.answer && x.subDistrict)) {
      const hours = (Date.parse(m.answer!.at) - Date.parse(m.submittedAt)) / 3_600_000
      bySub.set(m.subDistrict!, [...(bySub.get(m.subDistrict!) ?? []), hours])
    }
    const body: MessageDashboard = {
      weeks: mondays,
      byTopicWeek: [...counts.values()],
      topMeToo: inScope
        .filter((m) => m.meTooBy.length > 0)
        .sort((a, b) => b.meTooBy.length - a.meTooBy.length)
        .slice(0, 10)
        .map((m) => ({
          id: m.id,
          trackingNo: m.trackingNo,
          title: m.title,
          category: m.category,
          subDistrict: m.subDistrict,
          meToo: m.meTooBy.length,
          status: m.status,
        })),
      firstAnswer: [...bySub].map(([sub, hours]) => ({
        subDistrict: sub as MessageArea,
        medianHours: median(hours),
        answered: hours.length,
      })),
      satisfaction: {
        average: rated.length ? rated.reduce((sum, m) => sum + m.rating!.score, 0) / rated.length : null,
        count: rated.length,
      },
      demands: inScope
        .filter((m) => m.demand)
        .map((m) => ({
          id: m.id,
          trackingNo: m.trackingNo,
          title: m.title,
          category: m.category,
          ...m.demand!,
          taggedAt: m.demand!.taggedAt,
        })),
    }
    return ok(body)
  }

  // ---- inbox ----

  function notify(userId: string, message: Stored) {
    const items = inbox.get(userId) ?? []
    items.unshift({
      id: `note-${items.length + 1}`,
      at: now.toISOString(),
      kind: 'message-status',
      title: `您的留言${MESSAGE_STATUS_NAMES[message.status]}`,
      body: message.title,
      link: { kind: 'message', id: message.id },
      read: false,
    })
    inbox.set(userId, items)
  }

  function readInbox(userId: string, q: URLSearchParams): TransportResponse {
    const items = inbox.get(userId) ?? []
    const page = offsetPage(items, { limit: 20, cursor: q.get('cursor') ?? undefined })
    return ok({ ...page, unread: items.filter((i) => !i.read).length })
  }

  function markRead(userId: string, body: unknown): TransportResponse {
    const ids = (body as { ids?: string[] } | undefined)?.ids
    for (const item of inbox.get(userId) ?? []) if (!ids || ids.includes(item.id)) item.read = true
    return { status: 204, body: null }
  }

  // ---- views and rules ----

  function move(message: Stored, to: MessageStatus, who: { action: string; staffId?: string; userId?: string }) {
    const at = now.toISOString()
    message.status = to
    message.history.push({ at, status: to })
    message.audit.push({ at, status: to, ...who })
    if (!message.authorId.startsWith('walk-in:')) notify(message.authorId, message)
  }

  function residentView(m: Stored): ResidentMessage {
    const {
      authorId: _a,
      notes: _notes,
      overdue: _o,
      escalatedAt: _e,
      audit: _audit,
      meTooBy: _m,
      demand: _d,
      filedFor: _f,
      filedBy: _b,
      meToo: _c,
      ...resident
    } = m
    return structuredClone(resident)
  }

  function staffView(m: Stored): StaffMessage {
    const { meTooBy, ...staff } = m
    return structuredClone({ ...staff, meToo: meTooBy.length, overdue: isOverdue(m) })
  }

  function publicView(m: Stored): PublicMessage {
    return {
      id: m.id,
      trackingNo: m.trackingNo,
      category: m.category,
      title: maskPhones(m.title),
      content: maskPhones(m.content),
      subDistrict: m.subDistrict,
      status: m.status,
      submittedAt: m.submittedAt,
      ...(m.answer ? { answer: { text: maskPhones(m.answer.text), at: m.answer.at } } : {}),
      meToo: m.meTooBy.length,
      author: m.anonymous ? ANONYMOUS_AUTHOR : m.filedFor ? `${m.filedFor.name.slice(0, 1)}**` : RESIDENT_AUTHOR,
    }
  }

  function queueItem(m: Stored): MessageQueueItem {
    const { id, trackingNo, category, title, subDistrict, status, submittedAt, answerDeadline: deadline, escalatedAt } = m
    return {
      id,
      trackingNo,
      category,
      title,
      subDistrict,
      status,
      submittedAt,
      answerDeadline: deadline,
      overdue: isOverdue(m),
      escalatedAt,
    }
  }

  const isOverdue = (m: Stored) => OPEN.includes(m.status) && now.getTime() > Date.parse(m.answerDeadline)
  const reaches = (staff: StaffMe, m: Stored) =>
    BOARD_ROLES.includes(staff.role) && scopeCovers(staff.scope, { subDistrict: m.subDistrict })
  const receipt = (m: Stored) => ({ id: m.id, trackingNo: m.trackingNo, status: m.status, answerDeadline: m.answerDeadline })

  return {
    ...api,
    /** The stored message as staff would read it (for asserting what was stored). */
    message: (id: string) => (messages.has(id) ? staffView(messages.get(id)!) : undefined),
    /** Every message stored, oldest first. */
    all: () => [...messages.values()].map(staffView),
    setNow(iso: string) {
      now = new Date(iso)
    },
  }
}

type UserMe = Extract<Me, { kind: 'user' }>
type StaffMe = Extract<Me, { kind: 'staff' }>

function asUser(me: Me, run: (user: UserMe) => TransportResponse): TransportResponse {
  return me.kind === 'user' ? run(me) : problem(403, '没有权限', '仅限居民')
}

function staffOnly(me: Me | undefined, run: (staff: StaffMe) => TransportResponse): TransportResponse {
  if (!me) return problem(401, '未登录或登录已过期', '请先登录')
  return me.kind === 'staff' && BOARD_ROLES.includes(me.role) ? run(me) : problem(403, '没有权限', '仅限留言答复员和管理员')
}

const conflict = (detail: string) => problem(409, '操作冲突', detail)

const maskPhones = (text: string) => text.replace(/(1\d{2})\d{4}(\d{4})/g, '$1****$2')

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')]
  return new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`))
}

function mondayOf(instant: Date): string {
  const day = shanghaiDate(instant)
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return date.toISOString().slice(0, 10)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Staff act on a message through the fake's own routes (to set up answered messages and the notes they write). */
export async function actAs(api: ReturnType<typeof createFakeMessagesApi>, token: string, id: string, body: unknown) {
  const response = await api.transport({
    method: 'POST',
    url: `https://api.test/v1/admin/messages/${id}/actions`,
    headers: { Authorization: `Bearer ${token}` },
    timeoutMs: 1000,
    body,
  })
  if (response.status !== 200) throw new Error(`staff action failed: ${response.status} ${JSON.stringify(response.body)}`)
  api.requests.length = 0
  return response.body
}
