import { createHash, randomUUID } from 'node:crypto'
import {
  ANSWER_WORKING_DAYS,
  AWAITING_ANSWER_STATUSES,
  MESSAGE_STATUS_NAMES,
  RATEABLE_STATUSES,
  REOPENABLE_STATUSES,
  STAFF_MESSAGE_ACTIONS,
  answerDeadline,
  scopeCovers,
  type MessageQueueItem,
  type MessageQueueQuery,
  type MessageReceipt,
  type MessageRating,
  type MessageReopen,
  type MessageSubmit,
  type ResidentMessage,
  type StaffMessage,
  type StaffMessageActionBody,
} from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import type { ContentCheck } from './content-check/content-check'
import type { MessageRecord } from './keys'
import type { MessageRepository } from './repository'
import { formatTrackingNo, trackingDay } from './tracking-number'
import { queueItem, residentView, staffView } from './views'
import { QUEUES, queueOf } from './keys'

type StaffCaller = Extract<Caller, { kind: 'staff' }>

/** Roles that work the message board. */
export const BOARD_STAFF_ROLES = ['answerer', 'admin'] as const

export class MessageService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly contentCheck: ContentCheck,
  ) {}

  /**
   * Stores a message once per Idempotency-Key: the first request claims the key with the whole message, and
   * whichever request finds the claim (the first, a retry, or one after a crash) finishes storing it.
   */
  async submit(userId: string, idempotencyKey: string, body: MessageSubmit, now: Date): Promise<{ created: boolean; receipt: MessageReceipt }> {
    const held = await this.checkContent(body)
    const bodyHash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
    const { won, claim } = await this.messages.claim(userId, idempotencyKey, {
      bodyHash,
      message: this.newMessage(userId, body, held ? 'reviewing' : 'pending', now),
    })
    if (claim.bodyHash !== bodyHash) {
      throw new ConflictError('这个 Idempotency-Key 已用于另一条不同的留言', [
        { path: 'header.Idempotency-Key', message: '已用于内容不同的留言，请换一个' },
      ])
    }
    const day = trackingDay(new Date(claim.message.submittedAt))
    const trackingNo =
      claim.trackingNo ?? (await this.messages.fixTrackingNo(userId, idempotencyKey, formatTrackingNo(day, await this.messages.nextSerial(day))))
    await this.messages.putIfAbsent({ ...claim.message, trackingNo })
    const { id, status, answerDeadline } = claim.message
    return { created: won, receipt: { id, trackingNo, status, answerDeadline } }
  }

  async mine(userId: string): Promise<{ items: ResidentMessage[] }> {
    return { items: (await this.messages.ofAuthor(userId)).map(residentView) }
  }

  /** The author, or board staff whose scope reaches the message; everyone else learns nothing (404). */
  async read(id: string, caller: Caller, now: Date): Promise<ResidentMessage | StaffMessage> {
    const message = await this.messages.get(id)
    if (message && caller.kind === 'user' && message.authorId === caller.userId) return residentView(message)
    if (message && caller.kind === 'staff' && reaches(caller, message)) return staffView(message, now)
    throw new NotFoundError('没有找到这条留言')
  }

  /**
   * The staff queue: open messages in the caller's scope, filtered, most urgent deadline first (overdue lead).
   * Sub-district staff read their own queue; district staff read one named sub-district, or every queue.
   * Station-scoped staff have no queue of their own: messages are filed by sub-district.
   */
  async queue(staff: StaffCaller, filter: MessageQueueQuery, now: Date): Promise<{ items: MessageQueueItem[] }> {
    const queues =
      staff.scope.kind === 'district'
        ? filter.subDistrict ? [queueOf(filter.subDistrict)] : QUEUES
        : staff.scope.kind === 'subDistrict' && (!filter.subDistrict || filter.subDistrict === staff.scope.id)
          ? [queueOf(staff.scope.id)]
          : []
    const open = (await Promise.all(queues.map((queue) => this.messages.openIn(queue)))).flat()
    const items = open
      .filter((m) => (!filter.status || m.status === filter.status) && (!filter.category || m.category === filter.category))
      // one deadline covers a whole day's messages: among them, first come first served
      .sort((a, b) => a.answerDeadline.localeCompare(b.answerDeadline) || a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
      .slice(0, filter.limit)
      .map((m) => queueItem(m, now))
    return { items }
  }

  async act(id: string, staff: StaffCaller, body: StaffMessageActionBody, now: Date): Promise<StaffMessage> {
    const message = await this.messages.get(id)
    if (!message || !reaches(staff, message)) throw new NotFoundError('没有找到这条留言')
    const at = now.toISOString()
    if (body.action === 'note') {
      const updated = await this.messages.addNote(id, { at, staffId: staff.staffId, text: body.note })
      if (!updated) throw new NotFoundError('没有找到这条留言')
      return staffView(updated, now)
    }
    const { from, to } = STAFF_MESSAGE_ACTIONS[body.action]
    const updated = await this.messages.transition(id, {
      from,
      to,
      audit: { at, action: body.action, status: to, staffId: staff.staffId },
      set: body.action === 'reply' ? { answer: { text: body.answer, at, staffId: staff.staffId } } : undefined,
      leavesQueue: !(AWAITING_ANSWER_STATUSES as readonly string[]).includes(to),
    })
    if (!updated) throw await this.illegalStep(id, body.action)
    return staffView(updated, now)
  }

  async rate(id: string, userId: string, body: MessageRating, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw new NotFoundError('没有找到这条留言')
    const updated = await this.messages.rate(id, userId, { ...body, at: now.toISOString() }, RATEABLE_STATUSES)
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(current.rating ? '这条留言已经评价过了' : '工作人员答复后才能评价')
  }

  /** "Yes, this solved it": the author closes an answered message. */
  async confirmSolved(id: string, userId: string, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw new NotFoundError('没有找到这条留言')
    const { from, to } = STAFF_MESSAGE_ACTIONS.resolve
    const updated = await this.messages.transition(id, { from, to, audit: { at: now.toISOString(), action: 'confirm-solved', status: to, userId } })
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(`留言当前为「${MESSAGE_STATUS_NAMES[current.status]}」，答复后才能确认已解决`)
  }

  async reopen(id: string, userId: string, body: MessageReopen, now: Date): Promise<ResidentMessage> {
    const message = await this.messages.get(id)
    if (!message || message.authorId !== userId) throw new NotFoundError('没有找到这条留言')
    const at = now.toISOString()
    const updated = await this.messages.reopen(message, {
      from: REOPENABLE_STATUSES,
      answerDeadline: answerDeadline(now, ANSWER_WORKING_DAYS).toISOString(),
      followUp: { at, text: body.reason },
      audit: { at, action: 'reopen', status: 'reopened', userId },
    })
    if (updated) return residentView(updated)
    const current = (await this.messages.get(id)) ?? message
    throw new ConflictError(`留言当前为「${MESSAGE_STATUS_NAMES[current.status]}」，答复后才能重开`)
  }

  /** Title and content are checked apart so the writer is told which one to change. Returns true when held for review. */
  private async checkContent(body: MessageSubmit): Promise<boolean> {
    let held = false
    for (const field of ['title', 'content'] as const) {
      const verdict = await this.contentCheck.check(body[field])
      if (verdict.outcome === 'risky') throw new ValidationError([{ path: field, message: verdict.reason }])
      if (verdict.outcome === 'review') held = true
    }
    return held
  }

  private newMessage(userId: string, body: MessageSubmit, status: 'reviewing' | 'pending', now: Date): Omit<MessageRecord, 'trackingNo'> {
    const at = now.toISOString()
    return {
      id: `msg-${randomUUID()}`,
      authorId: userId,
      ...body,
      status,
      submittedAt: at,
      answerDeadline: answerDeadline(now, ANSWER_WORKING_DAYS).toISOString(),
      notes: [],
      audit: [{ at, action: 'submit', status, userId }],
    }
  }

  private async illegalStep(id: string, action: keyof typeof STAFF_MESSAGE_ACTIONS): Promise<ConflictError> {
    const current = await this.messages.get(id)
    const state = current ? MESSAGE_STATUS_NAMES[current.status] : '未知'
    return new ConflictError(`留言当前为「${state}」，不能执行「${ACTION_NAMES[action]}」`)
  }
}

const ACTION_NAMES: Record<keyof typeof STAFF_MESSAGE_ACTIONS, string> = {
  approve: '审核通过',
  claim: '受理',
  reply: '答复',
  resolve: '办结',
}

function reaches(staff: StaffCaller, message: MessageRecord): boolean {
  return (BOARD_STAFF_ROLES as readonly string[]).includes(staff.role) && scopeCovers(staff.scope, { subDistrict: message.subDistrict })
}
