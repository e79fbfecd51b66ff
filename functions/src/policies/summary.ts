import type { Policy, PolicySummary } from '@doorstep/shared'
import { isInForce } from './in-force'

export function toSummary(
  policy: Pick<
    Policy,
    'id' | 'title' | 'issuer' | 'docNumber' | 'summary' | 'categories' | 'audiences' | 'effectiveFrom' | 'expiresOn' | 'sample'
  >,
  today: string,
): PolicySummary {
  const { id, title, issuer, docNumber, summary, categories, audiences, effectiveFrom, expiresOn, sample } = policy
  return {
    id,
    title,
    issuer,
    docNumber,
    summary,
    categories,
    audiences,
    effectiveFrom,
    ...(expiresOn ? { expiresOn } : {}),
    sample,
    inForce: isInForce(policy, today),
  }
}
