import type { SubscriptionAnswer } from '@doorstep/shared'

/** A browser has no WeChat to deliver subscription messages: the in-app inbox is where notes arrive. */
export async function requestSubscribe(_templateIds: readonly string[]): Promise<Record<string, SubscriptionAnswer> | undefined> {
  return undefined
}

export const canRequestSubscribe = false
