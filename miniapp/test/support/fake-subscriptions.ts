import * as v from 'valibot'
import { SubscriptionAnswersBody, type InboxKind, type SubscriptionSettings } from '@doorstep/shared'
import type { TransportResponse } from '@/shared/api/transport'
import { invalid, ok, problem } from './fake-api'

/**
 * WeChat subscription-message consents as the API keeps them (docs/api.md): the deployment's templates, and per person
 * how many messages each kind may still send — 允许 banks one, 总是拒绝 (`ban`) clears them; another template is a 422.
 */
export function createFakeSubscriptions(templates: readonly { kind: InboxKind; templateId: string }[]) {
  const banked = new Map<string, Map<InboxKind, number>>()
  const of = (userId: string) => banked.get(userId) ?? banked.set(userId, new Map()).get(userId)!

  const settingsOf = (userId: string): SubscriptionSettings => ({
    templates: [...templates],
    consents: [...of(userId)].map(([kind, available]) => ({ kind, available, lastAnswer: available > 0 ? 'accept' : 'ban' })),
  })

  function answer(userId: string, body: unknown): TransportResponse {
    const parsed = v.safeParse(SubscriptionAnswersBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    for (const [templateId, given] of Object.entries(parsed.output.answers)) {
      const template = templates.find((t) => t.templateId === templateId)
      if (!template)
        return problem(422, '提交的内容有误', '不是本小程序的订阅消息模板', [
          { path: `body.answers.${templateId}`, message: '不是本小程序的订阅消息模板' },
        ])
      if (given === 'accept') of(userId).set(template.kind, (of(userId).get(template.kind) ?? 0) + 1)
      if (given === 'ban') of(userId).set(template.kind, 0)
    }
    return ok(settingsOf(userId))
  }

  return { settingsOf, answer }
}
