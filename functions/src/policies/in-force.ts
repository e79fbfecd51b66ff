import type { Policy } from '@doorstep/shared'

/** In force from `effectiveFrom` through the day before `expiresOn`: retiring a policy sets `expiresOn` to today. */
export function isInForce(policy: Pick<Policy, 'effectiveFrom' | 'expiresOn'>, today: string): boolean {
  return policy.effectiveFrom <= today && (policy.expiresOn === undefined || today < policy.expiresOn)
}
