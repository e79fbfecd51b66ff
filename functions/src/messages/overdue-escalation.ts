import { AWAITING_ANSWER_STATUSES } from '@doorstep/shared'
import { QUEUES } from './keys'
import type { MessageRepository } from './repository'

/**
 * The overdue sweep: every open message past its answer deadline is flagged once (escalatedAt, plus an audit
 * entry) so the sub-district's admin sees it. Safe to run as often as wanted, and from two places at once:
 * each flag is a conditional write that only the first sweep wins.
 */
export class OverdueEscalation {
  constructor(private readonly messages: MessageRepository) {}

  async run(now: Date): Promise<{ escalated: string[] }> {
    const escalated: string[] = []
    for (const queue of QUEUES) {
      for (const message of await this.messages.overdueIn(queue, now)) {
        const audit = { at: now.toISOString(), action: 'escalate', status: message.status }
        if (await this.messages.escalate(message.id, audit, AWAITING_ANSWER_STATUSES)) escalated.push(message.id)
      }
    }
    return { escalated }
  }
}
