import type { InboxKind, SubscriptionAnswersBody, SubscriptionSettings } from '@doorstep/shared'
import { ValidationError } from '../core/http/errors'
import type { SubscriptionConsents } from './subscription-consents'

/** The person's subscription-message settings: which templates the phone should ask about, and what was allowed. */
export class SubscriptionService {
  constructor(
    private readonly consents: Pick<SubscriptionConsents, 'of' | 'answer'>,
    private readonly templates: Partial<Record<InboxKind, string>>,
  ) {}

  async settings(userId: string): Promise<SubscriptionSettings> {
    const offered = Object.entries(this.templates).map(([kind, templateId]) => ({ kind: kind as InboxKind, templateId: templateId! }))
    const consents = (await this.consents.of(userId)).filter((c) => this.templates[c.kind])
    return { templates: offered, consents }
  }

  /** Records what wx.requestSubscribeMessage answered; a template id this deployment does not use is named (422). */
  async record(userId: string, body: SubscriptionAnswersBody, now: Date): Promise<SubscriptionSettings> {
    const kindOf = new Map(Object.entries(this.templates).map(([kind, id]) => [id, kind as InboxKind]))
    const unknown = Object.keys(body.answers).filter((id) => !kindOf.has(id))
    if (unknown.length > 0)
      throw new ValidationError(unknown.map((id) => ({ path: `body.answers.${id}`, message: '不是本小程序的订阅消息模板' })))
    for (const [templateId, answer] of Object.entries(body.answers)) {
      await this.consents.answer(userId, kindOf.get(templateId)!, answer, now.toISOString())
    }
    return this.settings(userId)
  }
}
