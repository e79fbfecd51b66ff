import { createHash, randomUUID } from 'node:crypto'
import {
  BOARD_STAFF_ROLES,
  ANSWER_WORKING_DAYS,
  MESSAGE_FOLLOW_UPS_MAX,
  MESSAGE_REPLY_TEMPLATES,
  MESSAGE_STATUS_NAMES,
  ME_TOO_STATUSES,
  RATEABLE_STATUSES,
  REOPENABLE_STATUSES,
  STAFF_MESSAGE_ACTIONS,
  answerDeadline,
  scopeCovers,
  subDistrictName,
  type AssistedMessageSubmit,
  type MeTooReceipt,
  type MessageFollowUp,
  type MessageQueueItem,
  type MessageQueueQuery,
  type MessageReceipt,
  type MessageRating,
  type MessageReopen,
  type MessageReplyTemplate,
  type MessageSubmit,
  type ResidentMessage,
  type StaffMessage,
  type SubDistrictId,
} from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import type { BoundCursors } from '../core/db/cursor'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import type { CalendarSource } from '../calendar/service'
import type { StationRepository } from '../stations/repository'
import type { ContentAuthor, ContentCheck } from './content-check/content-check'
import { QUEUES, queueOf, type MessageRecord } from './keys'
import type { MessageRepository } from './repository'
import { reserveTrackingNo, trackingDay } from './tracking-number'
import { queueItem, residentView, staffView } from './views'

export type StaffCaller = Extract<Caller, { kind: 'staff' }>

/** Who files a message: a signed-in resident, or staff for a walk-in resident (assisted mode). */
type Filer = { kind: 'user'; userId: string } | { kind: 'staff'; staff: StaffCaller }

const notFound = () => new NotFoundError('没有找到这条留言')

export class MessageService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly contentCheck: ContentCheck,
    private readonly stations: Pick<StationRepository, 'get'>,
    private readonly calendar: CalendarSource,
  ) {}

  /**
   * Stores a message once per Idempotency-Key: the first request claims the key with the whole message, and
   * whichever request finds the claim (the first, a retry, or one after a crash) finishes storing it.
   */
  submit(userId: string, idempotencyKey: string, body: MessageSubmit, now: Date): Promise<{ created: boolean; receipt: MessageReceipt }> {
    return this.file({ kind: 'user', userId }, idempotencyKey, body, now)
  }

  /** Assisted mode: staff file for a walk-in resident, inside their own scope; the message has no user behind it. */
  fileForWalkIn(
    staff: StaffCaller,
    idempotencyKey: string,
    body: AssistedMessageSubmit,
    now: Date,
  ): Promise<{ created: boolean; receipt: MessageReceipt }> {
    return this.file({ kind: 'staff', staff }, idempotencyKey, body, now)
  }

  private async file(filer: Filer, idempotencyKey: string, body: MessageSubmit | AssistedMessageSubmit, now: Date) {
    const held = await this.checkContent(body, filer.kind === 'user' ? { userId: filer.userId } : {})
    const subDistrict = await this.placeOf(filer, body)
    const bodyHash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
    const deadline = answerDeadline(now, ANSWER_WORKING_DAYS, await this.calendar.calendar())
    const owner = filer.kind === 'user' ? filer.userId : `staff:${filer.staff.staffId}`
    const { won, claim } = await this.messages.claim(
      owner,
      idempotencyKey,
      { bodyHash, message: this.newMessage(filer, { ...body, subDistrict }, held ? 'reviewing' : 'pending', now, deadline) },
      now,
    )
    if (claim.bodyHash !== bodyHash) {
      throw new ConflictError('这个 Idempotency-Key 已用于另一条不同的留言', [
        { path: 'header.Idempotency-Key', message: '已用于内容不同的留言，请换一个' },
      ])
    }
    const day = trackingDay(new Date(claim.message.submittedAt))
    const trackingNo =
      claim.trackingNo ??
      (await this.messages.fixTrackingNo(
        owner,
        idempotencyKey,
        await reserveTrackingNo(day, (d, code) => this.messages.reserveTrackingCode(d, code, claim.message.id)),
      ))
    await this.messages.putIfAbsent({ ...claim.message, trackingNo })
    const { id, status } = claim.message
    return { created: won, receipt: { id, trackingNo, status, answerDeadline: claim.message.answerDeadline } }
  }

  /** The sub-district a new message is filed under: the named station's, and for assisted filing one the staff member reaches. */
  private async placeOf(filer: Filer, body: MessageSubmit): Promise<SubDistrictId | undefined> {
    let subDistrict = body.subDistrict
    if (body.stationId !== undefined) {
      const station = await this.stations.get(body.stationId)
      if (!station) throw new ValidationError([{ path: 'body.stationId', message: '没有这个服务站' }])
      if (subDistrict && subDistrict !== station.subDistrict) {
        throw new ValidationError([
          { path: 'body.stationId', message: `该服务站属于${subDistrictName(station.subDistrict)}，与所选街道不符` },
        ])
      }
      subDistrict = station.subDistrict
    }
    if (filer.kind === 'staff') {
      const scope = filer.staff.scope
      if (!subDistrict && scope.kind === 'subDistrict') subDistrict = scope.id
      if (scope.kind !== 'district' && !(scope.kind === 'subDistrict' && subDistrict === scope.id)) {
        throw new ValidationError([{ path: 'body.subDistrict', message: '只能为本街道的居民代办留言' }])
      }
    }
    return subDistrict
  }

  async mine(userId: string): Promise<{ items: ResidentMessage[] }> {
    return { items: (await this.messages.ofAuthor(userId)).map(residentView) }
  }

  /** The author, or board staff whose scope reaches the message; everyone else learns nothing (404). */
  async read(id: string, caller: Caller, now: Date): Promise<ResidentMessage | StaffMessage> {
    const message = await this.messages.get(id)
    if (message && caller.kind === 'user' && message.authorId === caller.userId) return residentView(message)
    if (message && caller.kind === 'staff' && reaches(caller, message)) return staffView(message, now)
    throw notFound()
  }

  /**
   * The staff queue: open messages in the caller's scope, filtered, most urgent deadline first (overdue lead).
   * Sub-district staff read their own queue; district staff read one named sub-district, or every queue.
   * Station-scoped staff have no queue of their own: messages are filed by sub-district. The open set of a
   * scope is bounded, so it is read whole and paged here; the cursor is the last item's place in the order.
   */
  async queue(
    staff: StaffCaller,
    filter: MessageQueueQuery,
    now: Date,
    cursors: BoundCursors,
  ): Promise<{ items: MessageQueueItem[]; nextCursor?: string }> {
    const after = await cursors.open(filter.cursor, ['answerDeadline', 'submittedAt', 'id'])
    const queues =
      staff.scope.kind === 'district'
        ? filter.subDistrict
          ? [queueOf(filter.subDistrict)]
          : QUEUES
        : staff.scope.kind === 'subDistrict' && (!filter.subDistrict || filter.subDistrict === staff.scope.id)
          ? [queueOf(staff.scope.id)]
          : []
    const open = (await Promise.all(queues.map((queue) => this.messages.openIn(queue)))).flat()
    // one deadline covers a whole day's messages: among them, first come first served
    const place = (m: Pick<MessageRecord, 'answerDeadline' | 'submittedAt' | 'id'>) => [m.answerDeadline, m.submittedAt, m.id].join('|')
    const matching = open
      .filter((m) => (!filter.status || m.status === filter.status) && (!filter.category || m.category === filter.category))
      .sort((a, b) => place(a).localeCompare(place(b)))
      .filter((m) => !after || place(m) > place(after as Pick<MessageRecord, 'answerDeadline' | 'submittedAt' | 'id'>))
    const page = matching.slice(0, filter.limit)
    const last = page.at(-1)
    return {
      items: page.map((m) => queueItem(m, now)),
      nextCursor:
        matching.length > filter.limit && last
          ? await cursors.seal({ answerDeadline: last.answerDeadline, submittedAt: last.submittedAt, id: last.id })
          : undefined,
    }
  }

  async rate(id: string, userId: string, body: MessageRating, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw notFound()
    const updated = await this.messages.rate(id, userId, { ...body, at: now.toISOString() }, RATEABLE_STATUSES)
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(current.rating ? '这条留言已经评价过了' : '工作人员答复后才能评价')
  }

  /** "Yes, this solved it": the author closes an answered message. */
  async confirmSolved(id: string, userId: string, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw notFound()
    const { from, to } = STAFF_MESSAGE_ACTIONS.resolve
    const updated = await this.messages.transition(id, {
      from,
      to,
      audit: { at: now.toISOString(), action: 'confirm-solved', status: to, userId },
      after: message,
    })
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(`留言当前为「${MESSAGE_STATUS_NAMES[current.status]}」，答复后才能确认已解决`)
  }

  async reopen(id: string, userId: string, body: MessageReopen, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw notFound()
    const at = now.toISOString()
    const updated = await this.messages.reopen(message, {
      from: REOPENABLE_STATUSES,
      answerDeadline: answerDeadline(now, ANSWER_WORKING_DAYS, await this.calendar.calendar()).toISOString(),
      followUp: { at, text: body.reason },
      audit: { at, action: 'reopen', status: 'reopened', userId },
    })
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(`留言当前为「${MESSAGE_STATUS_NAMES[current.status]}」，答复后才能重开`)
  }

  /**
   * The author adds to their message (staff read it in the message and its audit trail). Refused once resolved
   * or at MESSAGE_FOLLOW_UPS_MAX; risky text is refused like a submission (held-for-review words are let through:
   * a follow-up never reaches the public board).
   */
  async followUp(id: string, userId: string, body: MessageFollowUp, now: Date): Promise<ResidentMessage> {
    let message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw notFound()
    const verdict = await this.contentCheck.check(body.text, { userId })
    if (verdict.outcome === 'risky') throw new ValidationError([{ path: 'text', message: verdict.reason }])
    const at = now.toISOString()
    // the write is conditional on the status read (so the audit names it right): a staff step in between means read again
    for (let attempt = 0; attempt < 3 && message; attempt++) {
      if (message.status === 'resolved') throw new ConflictError('留言已解决，不能再补充；如问题仍在，请点"未解决"重开')
      if ((message.followUps?.length ?? 0) >= MESSAGE_FOLLOW_UPS_MAX)
        throw new ConflictError(`每条留言最多补充 ${MESSAGE_FOLLOW_UPS_MAX} 次`)
      const updated = await this.messages.addFollowUp(id, {
        authorId: userId,
        status: message.status,
        followUp: { at, text: body.text },
        audit: { at, action: 'follow-up', status: message.status, userId },
        max: MESSAGE_FOLLOW_UPS_MAX,
      })
      if (updated) return residentView(updated)
      message = await this.messages.get(id)
    }
    throw new ConflictError('留言刚刚有了变化，请刷新后再补充')
  }

  /**
   * 我也有这个问题 on a public message someone else wrote: counted once per person; a repeat answers the same
   * count. Unknown, private or not yet approved → 404; one's own or a resolved message → 409.
   */
  async meToo(id: string, userId: string): Promise<MeTooReceipt> {
    const message = await this.messages.get(id)
    if (!message || !message.public || message.status === 'reviewing') throw notFound()
    const updated = await this.messages.meToo(id, userId, ME_TOO_STATUSES)
    if (updated) return { meToo: updated.meToo ?? 0, mine: true }
    const current = (await this.messages.get(id)) ?? message
    if (current.meTooBy?.has(userId)) return { meToo: current.meToo ?? 0, mine: true }
    if (current.authorId === userId) throw new ConflictError('这是您自己的留言')
    if (current.status === 'resolved') throw new ConflictError('这条留言已解决')
    throw notFound()
  }

  templates(): { items: MessageReplyTemplate[] } {
    return { items: MESSAGE_REPLY_TEMPLATES.map(({ id, title, text }) => ({ id, title, text })) }
  }

  /** Title and content are checked apart (at once) so the writer is told which one to change. True when held for review. */
  private async checkContent(body: MessageSubmit, author: ContentAuthor): Promise<boolean> {
    const fields = ['title', 'content'] as const
    const verdicts = await Promise.all(fields.map((field) => this.contentCheck.check(body[field], author)))
    const risky = fields.flatMap((field, i) => {
      const verdict = verdicts[i]!
      return verdict.outcome === 'risky' ? [{ path: field, message: verdict.reason }] : []
    })
    if (risky.length > 0) throw new ValidationError(risky)
    return verdicts.some((v) => v.outcome === 'review')
  }

  private newMessage(
    filer: Filer,
    body: MessageSubmit | AssistedMessageSubmit,
    status: 'reviewing' | 'pending',
    now: Date,
    deadline: Date,
  ): Omit<MessageRecord, 'trackingNo'> {
    const at = now.toISOString()
    const { residentName, residentPhone, ...fields } = body as AssistedMessageSubmit
    const common = {
      id: `msg-${randomUUID()}`,
      ...fields,
      status,
      submittedAt: at,
      answerDeadline: deadline.toISOString(),
      notes: [],
    }
    if (filer.kind === 'user') return { ...common, authorId: filer.userId, audit: [{ at, action: 'submit', status, userId: filer.userId }] }
    return {
      ...common,
      // a walk-in resident has no account: a fresh id that no one signs in as keeps the author index per person
      authorId: `walkin-${randomUUID()}`,
      phone: fields.phone ?? residentPhone,
      filedFor: { name: residentName, ...(residentPhone ? { phone: residentPhone } : {}) },
      filedBy: filer.staff.staffId,
      audit: [{ at, action: 'assisted-file', status, staffId: filer.staff.staffId }],
    }
  }
}

/** Board staff whose scope covers the message's sub-district. */
export function reaches(staff: StaffCaller, message: MessageRecord): boolean {
  return (BOARD_STAFF_ROLES as readonly string[]).includes(staff.role) && scopeCovers(staff.scope, { subDistrict: message.subDistrict })
}
