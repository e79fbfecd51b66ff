import type { Policy } from '@doorstep/shared'

/** The calendar date in Suzhou (Asia/Shanghai, no daylight saving), as YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** In force from `effectiveFrom` through the day before `expiresOn`: retiring a policy sets `expiresOn` to today. */
export function isInForce(policy: Pick<Policy, 'effectiveFrom' | 'expiresOn'>, today: string): boolean {
  return policy.effectiveFrom <= today && (policy.expiresOn === undefined || today < policy.expiresOn)
}
