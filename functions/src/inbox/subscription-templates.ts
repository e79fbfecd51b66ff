import type { InboxKind } from '@doorstep/shared'

/** The template chosen in the mini-program console for each kind of note (empty: that kind stays in the inbox). */
export function subscriptionTemplates(env: NodeJS.ProcessEnv = process.env): Partial<Record<InboxKind, string>> {
  const templates: Partial<Record<InboxKind, string>> = {}
  if (env.WECHAT_TEMPLATE_MESSAGE_STATUS) templates['message-status'] = env.WECHAT_TEMPLATE_MESSAGE_STATUS
  if (env.WECHAT_TEMPLATE_COMPANY_DEADLINE) templates['company-deadline'] = env.WECHAT_TEMPLATE_COMPANY_DEADLINE
  if (env.WECHAT_TEMPLATE_DEMAND_RESULT) templates['demand-result'] = env.WECHAT_TEMPLATE_DEMAND_RESULT
  return templates
}
