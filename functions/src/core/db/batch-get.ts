import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'

/** DynamoDB takes at most 100 keys per BatchGetItem. */
export const BATCH_GET_MAX_KEYS = 100

export interface BatchGetOptions {
  /** Attributes to read (a projection expression), with placeholders for reserved words. */
  projection?: string
  names?: Record<string, string>
  /** Strongly consistent reads, for a reader that must see the write it was told about. */
  consistent?: boolean
  /** Tries per chunk while DynamoDB hands keys back unprocessed (throttling): default 5. */
  attempts?: number
  /** Pause before the n-th retry (0-based): default 50 ms doubling, with jitter. */
  backoffMs?: (retry: number) => number
  sleep?: (ms: number) => Promise<void>
}

const defaultBackoff = (retry: number) => Math.round(50 * 2 ** retry * (0.5 + Math.random() / 2))

/**
 * Every item found among `keys` (duplicates asked once), in chunks of 100. Keys DynamoDB returns unprocessed are
 * asked again with exponential backoff, a bounded number of times; then it fails rather than answer with a part.
 */
export async function batchGetAll(
  db: Pick<DynamoDBDocumentClient, 'send'>,
  table: string,
  keys: readonly Record<string, unknown>[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const { attempts = 5, backoffMs = defaultBackoff, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = options
  const unique = [...new Map(keys.map((key) => [JSON.stringify(key), key])).values()]
  const found: Record<string, unknown>[] = []
  for (let start = 0; start < unique.length; start += BATCH_GET_MAX_KEYS) {
    let pending: Record<string, unknown>[] | undefined = unique.slice(start, start + BATCH_GET_MAX_KEYS)
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt >= attempts) throw new Error(`BatchGetItem on ${table}: ${pending.length} keys still unprocessed after ${attempts} tries`)
      if (attempt > 0) await sleep(backoffMs(attempt - 1))
      const answer: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: pending,
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
              ...(options.consistent ? { ConsistentRead: true } : {}),
              ...(options.names ? { ExpressionAttributeNames: options.names } : {}),
            },
          },
        }),
      )
      found.push(...(answer.Responses?.[table] ?? []))
      pending = answer.UnprocessedKeys?.[table]?.Keys
    }
  }
  return found
}
