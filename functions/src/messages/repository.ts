import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { InternalNote, MessageStatus } from '@doorstep/shared'
import { queryAll } from '../core/db/query-all'
import {
  claimKey,
  fromMessageItem,
  messageKey,
  messagesOfAuthor,
  queueOf,
  queueSortKey,
  toMessageItem,
  trackingCounterKey,
  type AuditEntry,
  type MessageRecord,
} from './keys'

/** What a submission claims under its Idempotency-Key: enough to finish storing the message from any retry. */
export interface SubmissionClaim {
  bodyHash: string
  message: Omit<MessageRecord, 'trackingNo'>
  trackingNo?: string
}

/** Message items: every change is one conditional write on one item (dynalite has no transactions). */
export class MessageRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<MessageRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: messageKey(id), ConsistentRead: true }))
    return Item ? fromMessageItem(Item) : undefined
  }

  /** Writes the claim only if this key was never used; otherwise returns the one that was. */
  async claim(userId: string, idempotencyKey: string, claim: SubmissionClaim): Promise<{ won: boolean; claim: SubmissionClaim }> {
    const key = claimKey(userId, idempotencyKey)
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { ...key, ...claim, entity: 'claim' }, ConditionExpression: 'attribute_not_exists(pk)' }),
      )
      return { won: true, claim }
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error
      return { won: false, claim: await this.readClaim(userId, idempotencyKey) }
    }
  }

  /** The claim's tracking number: the first one ever set on it wins, so every retry reports the same. */
  async fixTrackingNo(userId: string, idempotencyKey: string, candidate: string): Promise<string> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: claimKey(userId, idempotencyKey),
          UpdateExpression: 'SET trackingNo = :no',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(trackingNo)',
          ExpressionAttributeValues: { ':no': candidate },
        }),
      )
      return candidate
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error
      const stored = (await this.readClaim(userId, idempotencyKey)).trackingNo
      if (!stored) throw new Error('claim lost its tracking number')
      return stored
    }
  }

  /** The day's next serial number (an atomic counter). */
  async nextSerial(day: string): Promise<number> {
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: trackingCounterKey(day),
        UpdateExpression: 'ADD lastSerial :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    return Number(Attributes?.lastSerial)
  }

  /** Stores the message once; a retry that finds it stored changes nothing. */
  async putIfAbsent(message: MessageRecord): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: toMessageItem(message), ConditionExpression: 'attribute_not_exists(pk)' }),
      )
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error
    }
  }

  /** A person's messages, newest first. */
  async ofAuthor(userId: string): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :author',
      ExpressionAttributeValues: { ':author': messagesOfAuthor(userId) },
      ScanIndexForward: false,
    })
    return items.map(fromMessageItem)
  }

  /** Moves a message to `to` only from one of `from`, recording the step; undefined when it was elsewhere. */
  transition(
    id: string,
    change: { from: readonly MessageStatus[]; to: MessageStatus; audit: AuditEntry; set?: Record<string, unknown>; leavesQueue?: boolean },
  ) {
    const fields = Object.entries(change.set ?? {})
    const from = Object.fromEntries(change.from.map((status, i) => [`:from${i}`, status]))
    return this.update(id, {
      update:
        ['SET #status = :to, audit = list_append(audit, :audit)', ...fields.map(([name]) => `#${name} = :${name}`)].join(', ') +
        (change.leavesQueue ? ' REMOVE gsi2pk, gsi2sk' : ''),
      condition: `#status IN (${Object.keys(from).join(', ')})`,
      names: { '#status': 'status', ...Object.fromEntries(fields.map(([name]) => [`#${name}`, name])) },
      values: { ':to': change.to, ':audit': [change.audit], ...from, ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])) },
    })
  }

  /** Every open message of one queue, most urgent first (open messages of one sub-district: a bounded set). */
  async openIn(queue: string): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :queue',
      ExpressionAttributeValues: { ':queue': queue },
    })
    return items.map(fromMessageItem)
  }

  /** Open messages of one queue whose deadline has passed and that nobody has escalated yet. */
  async overdueIn(queue: string, now: Date): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :queue AND gsi2sk < :now',
      FilterExpression: 'attribute_not_exists(escalatedAt)',
      ExpressionAttributeValues: { ':queue': queue, ':now': now.toISOString() },
    })
    return items.map(fromMessageItem)
  }

  /** Flags an overdue message once, and only while it still awaits an answer. */
  escalate(id: string, audit: AuditEntry, awaiting: readonly MessageStatus[]) {
    const statuses = Object.fromEntries(awaiting.map((status, i) => [`:s${i}`, status]))
    return this.update(id, {
      update: 'SET escalatedAt = :at, audit = list_append(audit, :audit)',
      condition: `attribute_not_exists(escalatedAt) AND #status IN (${Object.keys(statuses).join(', ')})`,
      names: { '#status': 'status' },
      values: { ':at': audit.at, ':audit': [audit], ...statuses },
    })
  }

  /** The author sends an answered message back: into its queue again, on a fresh deadline, no longer escalated. */
  reopen(message: MessageRecord, change: { from: readonly MessageStatus[]; answerDeadline: string; followUp: { at: string; text: string }; audit: AuditEntry }) {
    const statuses = Object.fromEntries(change.from.map((status, i) => [`:s${i}`, status]))
    return this.update(message.id, {
      update:
        'SET #status = :reopened, answerDeadline = :deadline, gsi2pk = :queue, gsi2sk = :place, ' +
        'followUps = list_append(if_not_exists(followUps, :none), :followUp), audit = list_append(audit, :audit) REMOVE escalatedAt',
      condition: `authorId = :author AND #status IN (${Object.keys(statuses).join(', ')})`,
      names: { '#status': 'status' },
      values: {
        ':reopened': 'reopened',
        ':deadline': change.answerDeadline,
        ':queue': queueOf(message.subDistrict),
        ':place': queueSortKey({ id: message.id, answerDeadline: change.answerDeadline }),
        ':none': [],
        ':followUp': [change.followUp],
        ':audit': [change.audit],
        ':author': message.authorId,
        ...statuses,
      },
    })
  }

  addNote(id: string, note: InternalNote) {
    return this.update(id, {
      update: 'SET notes = list_append(notes, :note)',
      condition: 'attribute_exists(pk)',
      values: { ':note': [note] },
    })
  }

  /** Only the author, only once, only after an answer: all three in the write's condition. */
  rate(id: string, authorId: string, rating: NonNullable<MessageRecord['rating']>, rateable: readonly MessageStatus[]) {
    const statuses = Object.fromEntries(rateable.map((status, i) => [`:s${i}`, status]))
    return this.update(id, {
      update: 'SET rating = :rating',
      condition: `authorId = :author AND attribute_not_exists(rating) AND #status IN (${Object.keys(statuses).join(', ')})`,
      names: { '#status': 'status' },
      values: { ':rating': rating, ':author': authorId, ...statuses },
    })
  }

  private async readClaim(userId: string, idempotencyKey: string): Promise<SubmissionClaim> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: claimKey(userId, idempotencyKey), ConsistentRead: true }),
    )
    if (!Item) throw new Error('claim vanished after its key was taken')
    return { bodyHash: Item.bodyHash, message: Item.message, trackingNo: Item.trackingNo }
  }

  private async update(
    id: string,
    change: { update: string; condition: string; names?: Record<string, string>; values: Record<string, unknown> },
  ): Promise<MessageRecord | undefined> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: messageKey(id),
          UpdateExpression: change.update,
          ConditionExpression: change.condition,
          ExpressionAttributeNames: change.names,
          ExpressionAttributeValues: change.values,
          ReturnValues: 'ALL_NEW',
        }),
      )
      return Attributes ? fromMessageItem(Attributes) : undefined
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined
      throw error
    }
  }
}
