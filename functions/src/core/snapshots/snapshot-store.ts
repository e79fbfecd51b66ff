import { createHash, randomUUID } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { BatchWriteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { conditionHeld } from '../db/conditional'
import { queryAll } from '../db/query-all'

/**
 * What a snapshot says about itself. `version` orders snapshots of one name: a write never replaces a newer one.
 * `syncedThrough` is how far its owner's change feed had been applied (an ISO time), so a reader knows where to
 * catch up from; `format` is the engine's snapshot format.
 */
export interface SnapshotMeta {
  version: number
  syncedThrough: string
  format: number
  builtAt: string
}

export interface StoredSnapshot {
  meta: SnapshotMeta
  bytes: Uint8Array
}

/** Under DynamoDB's 400 KB item limit, with room for the keys. */
export const CHUNK_BYTES = 350 * 1024
/** Chunks of a replaced snapshot stay this long for readers that started on them; TTL then removes them. */
const CHUNK_RETENTION_SECONDS = 24 * 3600
const BATCH_WRITE_MAX = 25

const chunkKey = (no: number) => String(no).padStart(5, '0')

/**
 * Prebuilt search indexes, in the snapshots table (docs/data-model.md S1–S2):
 *   current snapshot of a name   pk = <name>, sk = CURRENT       → { snapshotId, chunks, bytes, sha256, ...meta }
 *   its gzipped bytes            pk = <name>#<snapshotId>, sk = <chunk no, 5 digits>   (TTL once replaced)
 * A write puts all chunks under a fresh id, then moves the pointer, conditionally on its version being newer: a
 * reader never sees half a snapshot, and two writers racing leave the newer one in place.
 */
export class SnapshotStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async read(name: string): Promise<StoredSnapshot | undefined> {
    const { Item: pointer } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: name, sk: 'CURRENT' }, ConsistentRead: true }),
    )
    if (!pointer) return undefined
    const chunks = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `${name}#${String(pointer.snapshotId)}` },
      ConsistentRead: true,
    })
    // A pointer whose chunks have gone (expired, or a write torn by a crash) is as good as no snapshot.
    if (chunks.length !== pointer.chunks) return undefined
    const gzipped = Buffer.concat(chunks.map((chunk) => chunk.data as Uint8Array))
    if (createHash('sha256').update(gzipped).digest('hex') !== pointer.sha256) return undefined
    const bytes = gunzipSync(gzipped)
    const meta: SnapshotMeta = {
      version: Number(pointer.version),
      syncedThrough: String(pointer.syncedThrough),
      format: Number(pointer.format),
      builtAt: String(pointer.builtAt),
    }
    return { meta, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
  }

  /** 'superseded' when a snapshot of this version or newer is already current. */
  async write(name: string, meta: SnapshotMeta, bytes: Uint8Array, now: Date): Promise<'written' | 'superseded'> {
    const gzipped = gzipSync(bytes, { level: 1 })
    const snapshotId = randomUUID()
    const expiresAt = Math.floor(now.getTime() / 1000) + CHUNK_RETENTION_SECONDS
    const items = []
    for (let at = 0, no = 0; at < gzipped.length; at += CHUNK_BYTES, no++) {
      items.push({ pk: `${name}#${snapshotId}`, sk: chunkKey(no), data: gzipped.subarray(at, at + CHUNK_BYTES), expiresAt })
    }
    for (let at = 0; at < items.length; at += BATCH_WRITE_MAX) {
      await this.writeBatch(items.slice(at, at + BATCH_WRITE_MAX))
    }
    const moved = await conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            pk: name,
            sk: 'CURRENT',
            snapshotId,
            chunks: items.length,
            bytes: bytes.length,
            sha256: createHash('sha256').update(gzipped).digest('hex'),
            ...meta,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR version < :version',
          ExpressionAttributeValues: { ':version': meta.version },
        }),
      ),
    )
    return moved ? 'written' : 'superseded'
  }

  /** Unprocessed items are sent again with backoff, a bounded number of times. */
  private async writeBatch(items: Record<string, unknown>[]) {
    let pending = items.map((Item) => ({ PutRequest: { Item } }))
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= 5) throw new Error(`BatchWriteItem on ${this.table}: ${pending.length} chunks still unprocessed after 5 tries`)
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt))
      const { UnprocessedItems } = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.table]: pending } }))
      pending = (UnprocessedItems?.[this.table] ?? []) as typeof pending
    }
  }
}
