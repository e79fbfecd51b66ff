import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import {
  claimCodeKey,
  ENROLLMENT_SK_PREFIX,
  enrollmentKey,
  enrollmentsOfUser,
  fromEnrollmentItem,
  PENDING_LINE,
  pendingSortKey,
  toEnrollmentItem,
  waitlistOf,
  waitlistSortKey,
  type EnrollmentRecord,
} from './keys'
import { isConditionFailure, unlessConditionFails } from '../core/db/conditional'
import { countAll, queryAll } from '../core/db/query-all'
import { sessionKey } from '../sessions/keys'

/** Enrollment items: each state change is one conditional UpdateItem naming the state it leaves. */
export class EnrollmentRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(sessionId: string, userId: string): Promise<EnrollmentRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: enrollmentKey(sessionId, userId), ConsistentRead: true }),
    )
    return Item ? fromEnrollmentItem(Item) : undefined
  }

  /** The one enrollment of (session, user): written only if absent; otherwise the existing one is returned. */
  async createPending(
    enrollment: Omit<EnrollmentRecord, 'status' | 'attended'>,
  ): Promise<{ created: boolean; enrollment: EnrollmentRecord }> {
    const fresh: EnrollmentRecord = { ...enrollment, status: 'pending', attended: false }
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: toEnrollmentItem(fresh), ConditionExpression: 'attribute_not_exists(pk)' }),
      )
      return { created: true, enrollment: fresh }
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      const existing = await this.get(enrollment.sessionId, enrollment.userId)
      if (!existing) throw new Error('enrollment vanished between its write and its read', { cause: error })
      return { created: false, enrollment: existing }
    }
  }

  /** Keeps the first sequence number given to this enrollment; returns the one stored. */
  async keepSequence(sessionId: string, userId: string, sequence: number): Promise<number> {
    const stored = await this.transition(sessionId, userId, {
      update: 'SET #sequence = :sequence',
      condition: 'attribute_not_exists(#sequence)',
      names: { '#sequence': 'sequence' },
      values: { ':sequence': sequence },
    })
    return stored?.sequence ?? (await this.get(sessionId, userId))!.sequence!
  }

  /** pending/waitlisted → confirmed (leaves the waitlist). Undefined when it was in another state. */
  confirm(sessionId: string, userId: string) {
    return this.transition(sessionId, userId, {
      update: 'SET #status = :confirmed REMOVE gsi2pk, gsi2sk',
      condition: '#status IN (:pending, :waitlisted)',
      values: { ':confirmed': 'confirmed', ':pending': 'pending', ':waitlisted': 'waitlisted' },
    })
  }

  /** pending → waitlisted, in line by sequence (which also takes it off the pending list: one gsi2 entry at a time). */
  waitlist(sessionId: string, userId: string, sequence: number) {
    return this.transition(sessionId, userId, {
      update: 'SET #status = :waitlisted, gsi2pk = :line, gsi2sk = :place',
      condition: '#status = :pending',
      values: { ':waitlisted': 'waitlisted', ':pending': 'pending', ':line': waitlistOf(sessionId), ':place': waitlistSortKey(sequence) },
    })
  }

  /** Any live state → cancelled (leaves the waitlist). */
  cancel(sessionId: string, userId: string) {
    return this.transition(sessionId, userId, {
      update: 'SET #status = :cancelled REMOVE gsi2pk, gsi2sk',
      condition: 'attribute_exists(pk) AND #status <> :cancelled',
      values: { ':cancelled': 'cancelled' },
    })
  }

  /** cancelled → pending again, to queue afresh (a new sequence number: the back of the line). */
  reopen(sessionId: string, userId: string, now: Date) {
    return this.transition(sessionId, userId, {
      update: 'SET #status = :pending, gsi2pk = :line, gsi2sk = :since REMOVE #sequence',
      condition: '#status = :cancelled',
      names: { '#sequence': 'sequence' },
      values: {
        ':pending': 'pending',
        ':cancelled': 'cancelled',
        ':line': PENDING_LINE,
        ':since': pendingSortKey(now.toISOString(), sessionId, userId),
      },
    })
  }

  /**
   * Moves an on-behalf sign-up into the claiming resident's 我的报名 (E4 keyed by them), once: a second claim by
   * the same person is a no-op, by anyone else refused. Undefined when someone else claimed it first.
   */
  claim(sessionId: string, userId: string, claimant: string) {
    return this.transition(sessionId, userId, {
      update: 'SET claimedBy = :me, gsi1pk = :mine',
      condition: 'attribute_exists(onBehalf) AND (attribute_not_exists(claimedBy) OR claimedBy = :me)',
      values: { ':me': claimant, ':mine': enrollmentsOfUser(claimant) },
    })
  }

  /** Reserves a claim code for an on-behalf sign-up until the session starts (TTL); false when the code is taken. */
  async reserveClaimCode(code: string, target: { sessionId: string; userId: string }, expiresAt: number, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...claimCodeKey(code), ...target, expiresAt, entity: 'claim-code' },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
        }),
      )
      return true
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      return false
    }
  }

  async claimCodeTarget(code: string, now: Date): Promise<{ sessionId: string; userId: string } | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: claimCodeKey(code), ConsistentRead: true }))
    if (!Item || Number(Item.expiresAt) < Math.floor(now.getTime() / 1000)) return undefined
    return { sessionId: String(Item.sessionId), userId: String(Item.userId) }
  }

  /** Sign-ups pending since before `before` (ISO time): ones a crash left half-placed, oldest first. */
  async pendingSince(before: string, limit: number): Promise<{ sessionId: string; userId: string }[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :line AND gsi2sk < :before',
        ExpressionAttributeValues: { ':line': PENDING_LINE, ':before': before },
        ProjectionExpression: 'sessionId, userId',
        Limit: limit,
      }),
    )
    return Items.map((item) => ({ sessionId: String(item.sessionId), userId: String(item.userId) }))
  }

  markAttendance(sessionId: string, userId: string, attended: boolean) {
    return this.transition(sessionId, userId, {
      update: 'SET attended = :attended',
      condition: '#status = :confirmed',
      values: { ':attended': attended, ':confirmed': 'confirmed' },
    })
  }

  /** The waitlisted enrollment with the lowest sequence number. */
  async firstWaitlisted(sessionId: string): Promise<EnrollmentRecord | undefined> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :line',
        ExpressionAttributeValues: { ':line': waitlistOf(sessionId) },
        Limit: 1,
      }),
    )
    return Items[0] ? fromEnrollmentItem(Items[0]) : undefined
  }

  /** How many wait ahead of `sequence`, plus one: 1 = next in line. */
  async waitlistPosition(sessionId: string, sequence: number): Promise<number> {
    const ahead = await countAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :line AND gsi2sk < :place',
      ExpressionAttributeValues: { ':line': waitlistOf(sessionId), ':place': waitlistSortKey(sequence) },
    })
    return ahead + 1
  }

  /** Everyone who ever signed up for a session (the roster), read consistently from its partition. */
  async ofSession(sessionId: string): Promise<EnrollmentRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': sessionKey(sessionId).pk, ':prefix': ENROLLMENT_SK_PREFIX },
      ConsistentRead: true,
    })
    return items.map(fromEnrollmentItem)
  }

  /** A person's enrollments, newest sign-up first. */
  async ofUser(userId: string): Promise<EnrollmentRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': enrollmentsOfUser(userId) },
      ScanIndexForward: false,
    })
    return items.map(fromEnrollmentItem)
  }

  private async transition(
    sessionId: string,
    userId: string,
    change: { update: string; condition: string; names?: Record<string, string>; values: Record<string, unknown> },
  ): Promise<EnrollmentRecord | undefined> {
    const expressions = `${change.update} ${change.condition}`
    const names = { ...(expressions.includes('#status') ? { '#status': 'status' } : {}), ...change.names }
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: enrollmentKey(sessionId, userId),
          UpdateExpression: change.update,
          ConditionExpression: change.condition,
          ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
          ExpressionAttributeValues: change.values,
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromEnrollmentItem(updated.Attributes) : undefined
  }
}
