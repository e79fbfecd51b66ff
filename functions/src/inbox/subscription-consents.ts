import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { MAX_BANKED_CONSENTS, type InboxKind, type SubscriptionAnswer, type SubscriptionConsent } from '@doorstep/shared'
import { conditionHeld } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import { consentKey, consentsOf } from './keys'

/**
 * What a person allowed in wx.requestSubscribeMessage, per kind of note (docs/data-model.md A4): accounts table,
 * in the person's partition (keys.ts). WeChat's one-time subscriptions allow one message per 允许, so
 * `available` counts the consents not yet used; taking one is a conditional decrement, so concurrent notes never
 * spend more consents than the person gave.
 */
export class SubscriptionConsents {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async of(userId: string): Promise<SubscriptionConsent[]> {
    const { pk, skPrefix } = consentsOf(userId)
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    })
    return items.map((item) => ({
      kind: item.kind as InboxKind,
      available: Number(item.available ?? 0),
      ...(item.lastAnswer ? { lastAnswer: item.lastAnswer as SubscriptionConsent['lastAnswer'] } : {}),
      ...(item.answeredAt ? { answeredAt: String(item.answeredAt) } : {}),
    }))
  }

  /** One answer from the phone: 允许 banks a consent (up to MAX_BANKED_CONSENTS), 拒绝 or 总是拒绝 only records it (ban clears the bank). */
  async answer(userId: string, kind: InboxKind, answer: SubscriptionAnswer, at: string): Promise<void> {
    const accept = answer === 'accept'
    // refused only when already at the most WeChat would deliver: the answer then changes nothing
    await conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: consentKey(userId, kind),
          UpdateExpression:
            answer === 'ban'
              ? 'SET kind = :kind, lastAnswer = :answer, answeredAt = :at, available = :zero'
              : `SET kind = :kind, lastAnswer = :answer, answeredAt = :at${accept ? ' ADD available :one' : ''}`,
          ...(accept ? { ConditionExpression: 'attribute_not_exists(available) OR available < :max' } : {}),
          ExpressionAttributeValues: {
            ':kind': kind,
            ':answer': answer,
            ':at': at,
            ...(answer === 'ban' ? { ':zero': 0 } : {}),
            ...(accept ? { ':one': 1, ':max': MAX_BANKED_CONSENTS } : {}),
          },
        }),
      ),
    )
  }

  /** Spends one consent; false when none is left (then only the inbox gets the note). */
  async take(userId: string, kind: InboxKind): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: consentKey(userId, kind),
          UpdateExpression: 'ADD available :minusOne',
          ConditionExpression: 'available > :zero',
          ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
        }),
      ),
    )
  }

  /** A send that failed for WeChat's own reasons did not use the consent. */
  async giveBack(userId: string, kind: InboxKind): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: consentKey(userId, kind),
        UpdateExpression: 'ADD available :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    )
  }

  /** WeChat answered 43101: whatever we counted, the person has no consent left there. */
  async usedUp(userId: string, kind: InboxKind, at: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: consentKey(userId, kind),
        UpdateExpression: 'SET available = :zero, lastAnswer = :usedUp, answeredAt = :at',
        ExpressionAttributeValues: { ':zero': 0, ':usedUp': 'used-up', ':at': at },
      }),
    )
  }
}
