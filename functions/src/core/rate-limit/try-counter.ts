import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { conditionHeld } from '../db/conditional'
import { TooManyRequestsError } from '../http/errors'
import { triesKey } from './keys'
import type { RateLimit } from './limiter'

/**
 * Tries counted from the first one: a subject gets `limit` tries in the `windowSeconds` that follow its first,
 * then waits until that window has passed (a person who mistypes five times in a minute waits the full quarter
 * hour, whatever the wall clock says). One item per subject (keys.ts): tries, since (epoch s), expiresAt (TTL).
 * Every try is one conditional write — counted while the window is current and below the limit, or starting a new
 * window once the old one has passed — so exactly `limit` tries pass per window under any concurrency.
 */
export class TryCounter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Counts a try, or throws 429 with the seconds until the window ends. */
  async take(bucket: string, subject: string, { limit, windowSeconds }: RateLimit, now: Date): Promise<void> {
    const key = triesKey(bucket, subject)
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const cutoff = nowSeconds - windowSeconds
    // An increment that fails may have met a passed window; a reset that fails means another try just started a
    // window, which the second increment then joins. Failing both twice means the current window is full.
    for (let round = 0; round < 2; round++) {
      if (
        await this.write({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'ADD tries :one',
          ConditionExpression: 'since > :cutoff AND tries < :limit',
          ExpressionAttributeValues: { ':one': 1, ':cutoff': cutoff, ':limit': limit },
        })
      )
        return
      if (round > 0) break
      const restarted = await this.write({
        TableName: this.table,
        Key: key,
        UpdateExpression: 'SET tries = :one, since = :now, expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(pk) OR since <= :cutoff',
        ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds, ':cutoff': cutoff, ':expires': nowSeconds + 2 * windowSeconds },
      })
      if (restarted) return
    }
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }))
    throw new TooManyRequestsError(Math.max(1, Number(Item?.since ?? nowSeconds) + windowSeconds - nowSeconds))
  }

  /** Gives a try of the current window back (a password that turned out right does not count against its source). */
  async giveBack(bucket: string, subject: string, { windowSeconds }: Pick<RateLimit, 'windowSeconds'>, now: Date): Promise<void> {
    await this.write({
      TableName: this.table,
      Key: triesKey(bucket, subject),
      UpdateExpression: 'ADD tries :minusOne',
      ConditionExpression: 'tries > :zero AND since > :cutoff',
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0, ':cutoff': Math.floor(now.getTime() / 1000) - windowSeconds },
    })
  }

  /** True when written; false when its condition did not hold. */
  private async write(command: ConstructorParameters<typeof UpdateCommand>[0]): Promise<boolean> {
    return conditionHeld(this.db.send(new UpdateCommand(command)))
  }
}
