import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { InboxItem } from '@doorstep/shared'
import { conditionHeld } from '../core/db/conditional'
import { countAll, queryAll } from '../core/db/query-all'
import { inboxOf, noteIdOf, noteKey, toInboxItem, toNoteItem, unreadOf, type NoteRecord } from './keys'

export class InboxRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Stores the note once: false when a note with its id (the same dedupe key) is already there. */
  async putOnce(note: NoteRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(new PutCommand({ TableName: this.table, Item: toNoteItem(note), ConditionExpression: 'attribute_not_exists(pk)' })),
    )
  }

  /** One page of a person's notes, newest first. */
  async page(
    userId: string,
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<{ items: InboxItem[]; lastKey?: Record<string, unknown> }> {
    const { Items = [], LastEvaluatedKey } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :inbox',
        ExpressionAttributeValues: { ':inbox': inboxOf(userId) },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    )
    return { items: Items.map(toInboxItem), lastKey: LastEvaluatedKey }
  }

  /** How many notes are unread: a count over the sparse unread index, which holds nothing else. */
  async unreadCount(userId: string): Promise<number> {
    return countAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :unread',
      ExpressionAttributeValues: { ':unread': unreadOf(userId) },
    })
  }

  /** The ids of every unread note. */
  async unreadIds(userId: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :unread',
      ExpressionAttributeValues: { ':unread': unreadOf(userId) },
    })
    return items.map(noteIdOf)
  }

  /** Marks one of the person's notes read; an unknown id (or someone else's: the key holds the owner) changes nothing. */
  async markRead(userId: string, noteId: string, at: string): Promise<void> {
    await conditionHeld(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: noteKey(userId, noteId),
          UpdateExpression: 'SET readAt = if_not_exists(readAt, :at) REMOVE gsi2pk, gsi2sk',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    )
  }
}
