import {
  MESSAGE_STATUS_NAMES,
  STAFF_MESSAGE_ACTIONS,
  TRANSFERABLE_STATUSES,
  shanghaiDate,
  subDistrictName,
  type MessageStatus,
  type StaffMessage,
  type StaffMessageActionBody,
} from '@doorstep/shared'
import { ConflictError, NotFoundError } from '../core/http/errors'
import { notifySafely, type InboxNote, type Notifier } from '../inbox/notifier'
import type { AuditEntry, MessageRecord } from './keys'
import type { MessageRepository } from './repository'
import { reaches, type StaffCaller } from './service'
import { staffView } from './views'

const isOneOf = (status: MessageStatus, statuses: readonly MessageStatus[]) => statuses.includes(status)
const notFound = () => new NotFoundError('没有找到这条留言')

/**
 * Staff actions on one message (POST /v1/admin/messages/{id}/actions). Apart from MessageService because each
 * step that lands tells the author through the notifier, which in production brings the WeChat sender (and its
 * SSM client) into the bundle: only this route's Lambda carries it.
 */
export class MessageStaffActions {
  constructor(
    private readonly messages: MessageRepository,
    private readonly notifier: Notifier,
  ) {}

  async act(id: string, staff: StaffCaller, body: StaffMessageActionBody, now: Date): Promise<StaffMessage> {
    const message = await this.messages.get(id)
    if (!message || !reaches(staff, message)) throw notFound()
    const at = now.toISOString()
    switch (body.action) {
      case 'note': {
        const updated = await this.messages.addNote(id, { at, staffId: staff.staffId, text: body.note })
        if (!updated) throw notFound()
        return staffView(updated, now)
      }
      case 'tag-demand': {
        const demand = { serviceId: body.serviceId, topic: body.topic, taggedAt: at, staffId: staff.staffId }
        const updated = await this.messages.tagDemand(id, demand, {
          at,
          action: 'tag-demand',
          status: message.status,
          staffId: staff.staffId,
        })
        if (!updated) throw notFound()
        return staffView(updated, now)
      }
      case 'transfer':
        return this.transfer(message, staff, body, now)
      default: {
        const { from, to } = STAFF_MESSAGE_ACTIONS[body.action]
        const answer = body.action === 'reply' ? { text: body.answer, at, staffId: staff.staffId } : undefined
        const audit: AuditEntry = {
          at,
          action: body.action,
          status: to,
          staffId: staff.staffId,
          ...(body.action === 'reply' && body.templateId ? { templateId: body.templateId } : {}),
        }
        const updated = await this.messages.transition(id, {
          from,
          to,
          audit,
          set: answer ? { answer } : undefined,
          after: { ...message, ...(answer ? { answer } : {}) },
        })
        if (!updated) throw await this.illegalStep(id, ACTION_NAMES[body.action], message)
        await this.tellAuthor(updated, audit)
        return staffView(updated, now)
      }
    }
  }

  /** To another sub-district's queue, while awaiting an answer; 处理中 goes back to 待受理 for the new sub-district to claim. */
  private async transfer(
    message: MessageRecord,
    staff: StaffCaller,
    body: Extract<StaffMessageActionBody, { action: 'transfer' }>,
    now: Date,
  ) {
    if (!isOneOf(message.status, TRANSFERABLE_STATUSES)) throw await this.illegalStep(message.id, '转办')
    if (message.subDistrict === body.subDistrict) throw new ConflictError(`留言已在${subDistrictName(body.subDistrict)}，无需转办`)
    const at = now.toISOString()
    const status: MessageStatus = message.status === 'processing' ? 'pending' : message.status
    const audit: AuditEntry = {
      at,
      action: 'transfer',
      status,
      staffId: staff.staffId,
      fromSubDistrict: message.subDistrict ?? 'district',
      toSubDistrict: body.subDistrict,
    }
    const updated = await this.messages.transfer(message, {
      to: body.subDistrict,
      status,
      note: body.note ? { at, staffId: staff.staffId, text: body.note } : undefined,
      audit,
    })
    // the message moved or changed under us: say where it stands now
    if (!updated) throw await this.illegalStep(message.id, '转办')
    await this.tellAuthor(updated, audit)
    return staffView(updated, now)
  }

  /** Tells a resident about a step on their message (never a walk-in, who has no account). The step has landed already. */
  private async tellAuthor(message: MessageRecord, audit: AuditEntry): Promise<void> {
    if (message.filedBy) return
    const note = noteFor(message, audit)
    if (note) await notifySafely(this.notifier, message.authorId, note, new Date(audit.at))
  }

  private async illegalStep(id: string, actionName: string, read?: MessageRecord): Promise<ConflictError> {
    const current = await this.messages.get(id)
    if (read && current && current.subDistrict !== read.subDistrict) {
      return new ConflictError(`留言刚刚已转办到${current.subDistrict ? subDistrictName(current.subDistrict) : '区级'}，请刷新后再操作`)
    }
    const state = current ? MESSAGE_STATUS_NAMES[current.status] : '未知'
    return new ConflictError(`留言当前为「${state}」，不能执行「${actionName}」`)
  }
}

const ACTION_NAMES: Record<keyof typeof STAFF_MESSAGE_ACTIONS, string> = {
  approve: '审核通过',
  claim: '受理',
  reply: '答复',
  resolve: '办结',
}

/** What the author reads in the inbox after a staff step; undefined for steps they are not told about. */
function noteFor(message: MessageRecord, audit: AuditEntry): InboxNote | undefined {
  const which = `您的留言「${message.title}」（${message.trackingNo}）`
  const texts: Record<string, { title: string; body: string }> = {
    approve: {
      title: '留言已通过审核',
      body: `${which}已通过审核，工作人员将在 ${shanghaiDate(new Date(message.answerDeadline))} 前答复。`,
    },
    claim: { title: '留言已受理', body: `${which}已由工作人员受理，正在处理。` },
    reply: { title: '留言已答复', body: `${which}已有答复，请查看，并告诉我们是否解决了您的问题。` },
    resolve: { title: '留言已办结', body: `${which}已办结。欢迎对答复进行评价。` },
    transfer: {
      title: '留言已转办',
      body: `${which}已转交${audit.toSubDistrict ? subDistrictName(audit.toSubDistrict) : '相关街道'}办理，答复期限不变。`,
    },
  }
  const text = texts[audit.action]
  return (
    text && {
      kind: 'message-status',
      ...text,
      link: { kind: 'message', id: message.id },
      dedupeKey: `${message.id}#${audit.action}#${audit.at}`,
    }
  )
}
