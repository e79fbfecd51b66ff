import { pickFields, POLICY_SUMMARY_FIELDS, type Policy, type PolicySummary } from '@doorstep/shared'
import { isInForce } from './in-force'

export function toSummary(policy: Pick<Policy, (typeof POLICY_SUMMARY_FIELDS)[number]>, today: string): PolicySummary {
  return { ...pickFields(policy, POLICY_SUMMARY_FIELDS), inForce: isInForce(policy, today) }
}
