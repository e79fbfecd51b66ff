import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { assignments } from '../core/db/assignments'
import { batchGetAll } from '../core/db/batch-get'
import { conditionHeld, unlessConditionFails } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import { fromSessionItem, sessionKey, sessionsOfService, sessionStartSortKey, toSessionItem, type SessionRecord } from './keys'

export type SeatOutcome = 'taken' | 'held' | 'full'

/**
 * Sessions and their seats: the catalogue lists them (services), sign-ups take and give back seats (enrollments).
 * Every seat change is one conditional UpdateItem on the session item.
 */
export class SessionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<SessionRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: sessionKey(id), ConsistentRead: true }))
    return Item ? fromSessionItem(Item) : undefined
  }

  async getMany(ids: readonly string[]): Promise<Map<string, SessionRecord>> {
    const items = await batchGetAll(this.db, this.table, ids.map(sessionKey))
    return new Map(items.map((item) => [String(item.id), fromSessionItem(item)]))
  }

  /** Sessions of a service starting after `after` (Shanghai wall clock), by start time. */
  async ofService(serviceId: string, after: string): Promise<SessionRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk > :after',
      ExpressionAttributeValues: { ':pk': sessionsOfService(serviceId), ':after': after },
    })
    return items.map(fromSessionItem)
  }

  /** False when a session with this id exists already. */
  async create(session: SessionRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: toSessionItem(session), ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
  }

  /** Staff edit; refused (false) when fewer seats than are already taken would remain. */
  async update(
    id: string,
    edit: Pick<SessionRecord, 'title' | 'startsAt' | 'endsAt' | 'signUpBy' | 'capacity' | 'stationId' | 'stationName' | 'subDistrict'>,
  ): Promise<SessionRecord | undefined> {
    const set = assignments({ ...edit, gsi1sk: sessionStartSortKey(edit.startsAt, id) })
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: sessionKey(id),
          UpdateExpression: `SET ${set.expression}`,
          ConditionExpression: 'attribute_exists(pk) AND confirmed <= :capacity',
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: set.values,
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromSessionItem(updated.Attributes) : undefined
  }

  /** The next sign-up sequence number of a session (an atomic counter: never the same number twice). */
  async drawSequence(sessionId: string): Promise<number> {
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: sessionKey(sessionId),
        UpdateExpression: 'ADD nextSequence :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    return Number(Attributes!.nextSequence)
  }

  /**
   * Gives `userId` a seat if one is free and they hold none: one conditional write, so concurrent sign-ups
   * can never take more seats than there are, and a retry never takes a second one.
   */
  async takeSeat(sessionId: string, userId: string, sequence: number): Promise<SeatOutcome> {
    const taken = await conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: sessionKey(sessionId),
          UpdateExpression: 'SET confirmed = confirmed + :one, seats.#user = :sequence',
          ConditionExpression: 'attribute_not_exists(seats.#user) AND confirmed < #capacity',
          ExpressionAttributeNames: { '#user': userId, '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':one': 1, ':sequence': sequence },
        }),
      ),
    )
    if (taken) return 'taken'
    const session = await this.get(sessionId)
    return session && userId in session.seats ? 'held' : 'full'
  }

  /** Hands a leaving holder's seat straight to the next person: the seat is never free for someone to jump the queue. */
  async transferSeat(sessionId: string, fromUserId: string, to: { userId: string; sequence: number }): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: sessionKey(sessionId),
          UpdateExpression: 'REMOVE seats.#from SET seats.#to = :sequence',
          ConditionExpression: 'attribute_exists(seats.#from) AND attribute_not_exists(seats.#to)',
          ExpressionAttributeNames: { '#from': fromUserId, '#to': to.userId },
          ExpressionAttributeValues: { ':sequence': to.sequence },
        }),
      ),
    )
  }

  /** Frees a holder's seat; false when they held none (already released). */
  async releaseSeat(sessionId: string, userId: string): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: sessionKey(sessionId),
          UpdateExpression: 'REMOVE seats.#user SET confirmed = confirmed - :one',
          ConditionExpression: 'attribute_exists(seats.#user)',
          ExpressionAttributeNames: { '#user': userId },
          ExpressionAttributeValues: { ':one': 1 },
        }),
      ),
    )
  }
}
