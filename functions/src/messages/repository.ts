import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { InternalNote, MessageDemand, MessageStatus, SubDistrictId } from '@doorstep/shared'
import { batchGetAll } from '../core/db/batch-get'
import { conditionHeld, isConditionFailure, unlessConditionFails } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import {
  BOARD_ANSWERED,
  BOARD_OPEN,
  CLAIM_LIFETIME_SECONDS,
  PUBLIC_FIELDS,
  STATE_KEY_NAMES,
  claimKey,
  fromMessageItem,
  messageKey,
  messagesOfAuthor,
  stateKeys,
  toMessageItem,
  trackingNumberKey,
  weekOf,
  type AuditEntry,
  type MessageRecord,
  type StateKeys,
} from './keys'

/** What a submission claims under its Idempotency-Key: enough to finish storing the message from any retry. */
export interface SubmissionClaim {
  bodyHash: string
  message: Omit<MessageRecord, 'trackingNo'>
  trackingNo?: string
}

/** What the dashboard reads: counts, times, ratings, demand tags — not the text, notes or people. */
const DASHBOARD_FIELDS = [
  'id',
  'trackingNo',
  'category',
  'title',
  'subDistrict',
  'stationId',
  'status',
  'submittedAt',
  'audit',
  'rating',
  'meToo',
  'demand',
]

const projection = (fields: readonly string[]) => ({
  ProjectionExpression: fields.map((_, i) => `#p${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(fields.map((field, i) => [`#p${i}`, field])),
})

/** `#status IN (:s0, :s1 …)` and its values. */
function statusIn(statuses: readonly MessageStatus[], prefix = 's') {
  const values = Object.fromEntries(statuses.map((status, i) => [`:${prefix}${i}`, status]))
  return { expression: `#status IN (${Object.keys(values).join(', ')})`, values }
}

/** SET for the state keys the new state has, REMOVE for those it lost. */
function stateKeyUpdate(keys: StateKeys) {
  const present = STATE_KEY_NAMES.filter((name) => keys[name] !== undefined)
  const absent = STATE_KEY_NAMES.filter((name) => keys[name] === undefined)
  return {
    set: present.map((name) => `${name} = :${name}`),
    remove: absent,
    values: Object.fromEntries(present.map((name) => [`:${name}`, keys[name]])),
  }
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

  /**
   * Writes the claim only if this key was never used (or its claim has expired); otherwise returns the one that
   * was. An expired claim is replaced rather than honoured, so a key behaves the same whether or not TTL has
   * deleted it yet.
   */
  async claim(filer: string, idempotencyKey: string, claim: SubmissionClaim, now: Date): Promise<{ won: boolean; claim: SubmissionClaim }> {
    const key = claimKey(filer, idempotencyKey)
    const nowSeconds = Math.floor(now.getTime() / 1000)
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key, ...claim, expiresAt: nowSeconds + CLAIM_LIFETIME_SECONDS, entity: 'claim' },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      )
      return { won: true, claim }
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      return { won: false, claim: await this.readClaim(filer, idempotencyKey) }
    }
  }

  /** The claim's tracking number: the first one ever set on it wins, so every retry reports the same. */
  async fixTrackingNo(filer: string, idempotencyKey: string, candidate: string): Promise<string> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: claimKey(filer, idempotencyKey),
          UpdateExpression: 'SET trackingNo = :no',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(trackingNo)',
          ExpressionAttributeValues: { ':no': candidate },
        }),
      )
      return candidate
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      const stored = (await this.readClaim(filer, idempotencyKey)).trackingNo
      if (!stored) throw new Error('claim lost its tracking number', { cause: error })
      return stored
    }
  }

  /**
   * Reserves a code for the day for this message; false when another message holds it already. The item names the
   * message, so a tracking number leads to its message (open data's GeoReport requests are looked up by it).
   */
  async reserveTrackingCode(day: string, code: string, messageId: string): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...trackingNumberKey(day, code), entity: 'tracking-number', messageId },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    )
  }

  /** Stores the message once; a retry that finds it stored changes nothing. */
  async putIfAbsent(message: MessageRecord): Promise<void> {
    await conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: toMessageItem(message), ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
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

  /**
   * Moves a message to `to` only from one of `from`, recording the step; undefined when it was elsewhere.
   * `after` is the message as it will be, from which the queue and board keys are recomputed in the same write;
   * the write also requires the sub-district `after` was read with, so a step racing a transfer cannot put the
   * message back in the old sub-district's queue.
   */
  transition(
    id: string,
    change: { from: readonly MessageStatus[]; to: MessageStatus; audit: AuditEntry; set?: Record<string, unknown>; after: MessageRecord },
  ) {
    const fields = Object.entries(change.set ?? {})
    const from = statusIn(change.from, 'from')
    const keys = stateKeyUpdate(stateKeys({ ...change.after, status: change.to }))
    return this.update(id, {
      update:
        ['SET #status = :to, audit = list_append(audit, :audit)', ...fields.map(([name]) => `#${name} = :${name}`), ...keys.set].join(
          ', ',
        ) + (keys.remove.length ? ` REMOVE ${keys.remove.join(', ')}` : ''),
      condition: `${from.expression} AND ${change.after.subDistrict ? 'subDistrict = :readIn' : 'attribute_not_exists(subDistrict)'}`,
      names: { '#status': 'status', ...Object.fromEntries(fields.map(([name]) => [`#${name}`, name])) },
      values: {
        ...(change.after.subDistrict ? { ':readIn': change.after.subDistrict } : {}),
        ':to': change.to,
        ':audit': [change.audit],
        ...from.values,
        ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])),
        ...keys.values,
      },
    })
  }

  /**
   * Hands an open message to another sub-district's queue: only from the status and sub-district it was read
   * in, so two racing transfers cannot both land. The station goes (it belonged to the old sub-district).
   */
  transfer(message: MessageRecord, change: { to: SubDistrictId; status: MessageStatus; note?: InternalNote; audit: AuditEntry }) {
    const after = { ...message, subDistrict: change.to, status: change.status }
    const keys = stateKeyUpdate(stateKeys(after))
    return this.update(message.id, {
      update:
        [
          'SET #status = :to, subDistrict = :subDistrict, audit = list_append(audit, :audit)',
          ...(change.note ? ['notes = list_append(notes, :note)'] : []),
          ...keys.set,
        ].join(', ') + ` REMOVE ${['stationId', ...keys.remove].join(', ')}`,
      condition: `#status = :from AND ${message.subDistrict ? 'subDistrict = :old' : 'attribute_not_exists(subDistrict)'}`,
      names: { '#status': 'status' },
      values: {
        ':to': change.status,
        ':from': message.status,
        ':subDistrict': change.to,
        ':audit': [change.audit],
        ...(change.note ? { ':note': [change.note] } : {}),
        ...(message.subDistrict ? { ':old': message.subDistrict } : {}),
        ...keys.values,
      },
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

  /** The public, approved messages: answered ones newest answer first, then open ones newest first (public fields only). */
  async publicSet(): Promise<{ answered: MessageRecord[]; open: MessageRecord[] }> {
    const [answered, open] = await Promise.all([this.readBoard(BOARD_ANSWERED), this.readBoard(BOARD_OPEN)])
    return { answered, open }
  }

  /**
   * Public messages that joined either side of the board at or after `since` (an ISO time): new open ones by
   * submission, newly answered ones by their answer. What the board's warm copy catches up with.
   */
  async publicChangedSince(since: string): Promise<MessageRecord[]> {
    const [answered, open] = await Promise.all([this.readBoard(BOARD_ANSWERED, since), this.readBoard(BOARD_OPEN, since)])
    return [...open, ...answered]
  }

  /** The messages among `ids` that are on the board now (public, approved, answered or open), public fields only. */
  async onBoard(ids: readonly string[]): Promise<MessageRecord[]> {
    const names = Object.fromEntries(PUBLIC_FIELDS.map((field, i) => [`#p${i}`, field]))
    const items = await batchGetAll(this.db, this.table, ids.map(messageKey), { projection: Object.keys(names).join(', '), names })
    return items.map(fromMessageItem).filter((message) => stateKeys(message).gsi3pk !== undefined)
  }

  /** One side of the sparse board index, newest first; from `since` on when given. */
  private async readBoard(partition: string, since?: string): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi3',
      KeyConditionExpression: since ? 'gsi3pk = :board AND gsi3sk >= :since' : 'gsi3pk = :board',
      ...projection(PUBLIC_FIELDS),
      ExpressionAttributeValues: { ':board': partition, ...(since ? { ':since': since } : {}) },
      ScanIndexForward: false,
    })
    return items.map(fromMessageItem)
  }

  /** Every message submitted in one ISO week (dashboard fields only). */
  async submittedInWeek(weekStart: string): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi4',
      KeyConditionExpression: 'gsi4pk = :week',
      ...projection(DASHBOARD_FIELDS),
      ExpressionAttributeValues: { ':week': weekOf(weekStart) },
    })
    return items.map(fromMessageItem)
  }

  /** Flags an overdue message once, and only while it still awaits an answer. */
  escalate(id: string, audit: AuditEntry, awaiting: readonly MessageStatus[]) {
    const statuses = statusIn(awaiting)
    return this.update(id, {
      update: 'SET escalatedAt = :at, audit = list_append(audit, :audit)',
      condition: `attribute_not_exists(escalatedAt) AND ${statuses.expression}`,
      names: { '#status': 'status' },
      values: { ':at': audit.at, ':audit': [audit], ...statuses.values },
    })
  }

  /** The author sends an answered message back: into its queue again (off the answered board), on a fresh deadline, no longer escalated. */
  reopen(
    message: MessageRecord,
    change: { from: readonly MessageStatus[]; answerDeadline: string; followUp: { at: string; text: string }; audit: AuditEntry },
  ) {
    const statuses = statusIn(change.from)
    const keys = stateKeyUpdate(stateKeys({ ...message, status: 'reopened', answerDeadline: change.answerDeadline }))
    return this.update(message.id, {
      update:
        [
          'SET #status = :reopened, answerDeadline = :deadline',
          'followUps = list_append(if_not_exists(followUps, :none), :followUp), audit = list_append(audit, :audit)',
          ...keys.set,
        ].join(', ') + ` REMOVE ${['escalatedAt', ...keys.remove].join(', ')}`,
      condition: `authorId = :author AND ${statuses.expression}`,
      names: { '#status': 'status' },
      values: {
        ':reopened': 'reopened',
        ':deadline': change.answerDeadline,
        ':none': [],
        ':followUp': [change.followUp],
        ':audit': [change.audit],
        ':author': message.authorId,
        ...statuses.values,
        ...keys.values,
      },
    })
  }

  /** The author adds a follow-up, while the status is the one read (so the audit entry names it right), up to `max`. */
  addFollowUp(
    id: string,
    change: { authorId: string; status: MessageStatus; followUp: { at: string; text: string }; audit: AuditEntry; max: number },
  ) {
    return this.update(id, {
      update: 'SET followUps = list_append(if_not_exists(followUps, :none), :followUp), audit = list_append(audit, :audit)',
      condition: 'authorId = :author AND #status = :status AND (attribute_not_exists(followUps) OR size(followUps) < :max)',
      names: { '#status': 'status' },
      values: {
        ':none': [],
        ':followUp': [change.followUp],
        ':audit': [change.audit],
        ':author': change.authorId,
        ':status': change.status,
        ':max': change.max,
      },
    })
  }

  /**
   * 我也有这个问题: counts a person once. The set of who tapped and the count move together in one conditional
   * write, so 20 taps at once by one person count 1 and by 20 people count 20.
   */
  meToo(id: string, userId: string, open: readonly MessageStatus[]) {
    const statuses = statusIn(open)
    return this.update(id, {
      update: 'ADD meToo :one, meTooBy :me',
      condition: `#public = :yes AND ${statuses.expression} AND authorId <> :user AND NOT contains(meTooBy, :user)`,
      names: { '#status': 'status', '#public': 'public' },
      values: { ':one': 1, ':me': new Set([userId]), ':user': userId, ':yes': true, ...statuses.values },
    })
  }

  addNote(id: string, note: InternalNote) {
    return this.update(id, {
      update: 'SET notes = list_append(notes, :note)',
      condition: 'attribute_exists(pk)',
      values: { ':note': [note] },
    })
  }

  /** Tags (or re-tags, once the service project exists) a message as a demand. */
  tagDemand(id: string, demand: MessageDemand, audit: AuditEntry) {
    return this.update(id, {
      update: 'SET demand = :demand, audit = list_append(audit, :audit)',
      condition: 'attribute_exists(pk)',
      values: { ':demand': demand, ':audit': [audit] },
    })
  }

  /** Only the author, only once, only after an answer: all three in the write's condition. */
  rate(id: string, authorId: string, rating: NonNullable<MessageRecord['rating']>, rateable: readonly MessageStatus[]) {
    const statuses = statusIn(rateable)
    return this.update(id, {
      update: 'SET rating = :rating',
      condition: `authorId = :author AND attribute_not_exists(rating) AND ${statuses.expression}`,
      names: { '#status': 'status' },
      values: { ':rating': rating, ':author': authorId, ...statuses.values },
    })
  }

  private async readClaim(filer: string, idempotencyKey: string): Promise<SubmissionClaim> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: claimKey(filer, idempotencyKey), ConsistentRead: true }),
    )
    if (!Item) throw new Error('claim vanished after its key was taken')
    return { bodyHash: Item.bodyHash, message: Item.message, trackingNo: Item.trackingNo }
  }

  private async update(
    id: string,
    change: { update: string; condition: string; names?: Record<string, string>; values: Record<string, unknown> },
  ): Promise<MessageRecord | undefined> {
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: messageKey(id),
          UpdateExpression: change.update,
          ConditionExpression: change.condition,
          ExpressionAttributeNames: change.names,
          ExpressionAttributeValues: change.values,
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromMessageItem(updated.Attributes) : undefined
  }
}
