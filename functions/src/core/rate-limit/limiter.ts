import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { isConditionFailure } from '../db/conditional'
import { TooManyRequestsError } from '../http/errors'
import { rateWindowKey } from './keys'

export interface RateLimit {
  /** Most requests one subject may make in one window. */
  limit: number
  windowSeconds: number
}

/**
 * Fixed-window counters, one item per subject and window (keys.ts): hits (ADD), expiresAt (epoch s; TTL deletes
 * it later).
 * The increment is conditional on the count being below the limit, so a refused request costs the
 * subject nothing and concurrent requests can never overshoot.
 */
export class RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async hit(bucket: string, subject: string, { limit, windowSeconds }: RateLimit, now = new Date()): Promise<void> {
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const windowStart = nowSeconds - (nowSeconds % windowSeconds)
    const windowEnd = windowStart + windowSeconds
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: rateWindowKey(bucket, subject, windowStart),
          UpdateExpression: 'ADD hits :one SET expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': windowEnd + windowSeconds },
        }),
      )
    } catch (error) {
      if (isConditionFailure(error)) throw new TooManyRequestsError(Math.max(1, windowEnd - nowSeconds))
      throw error
    }
  }
}
