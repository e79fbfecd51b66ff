import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  ScanCommand,
  type AttributeValue,
  type BatchWriteItemCommandOutput,
  type WriteRequest,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  type CreateTableCommandInput,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb'
import type { CfnTable } from './serverless-config'

/**
 * dynalite knows CreateTable but not PITR, SSE, TTL, streams or deletion protection,
 * so only the shape of each table is taken from its CloudFormation resource.
 */
const SHAPE_PROPERTIES = [
  'TableName',
  'AttributeDefinitions',
  'KeySchema',
  'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes',
  'BillingMode',
] as const

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
}

/** Creates missing tables, and adds missing GSIs to tables kept from an earlier run. Returns what it did. */
export async function ensureTables(client: DynamoDBClient, tables: CfnTable[]): Promise<string[]> {
  const actions: string[] = []
  for (const table of tables) {
    const input = Object.fromEntries(
      SHAPE_PROPERTIES.filter((p) => table.Properties[p] !== undefined).map((p) => [p, table.Properties[p]]),
    ) as unknown as CreateTableCommandInput
    const existing = await describe(client, input.TableName!)
    if (!existing) {
      await client.send(new CreateTableCommand(input))
      actions.push(`created ${input.TableName}`)
      continue
    }
    const have = new Set((existing.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName))
    const missing = ((input.GlobalSecondaryIndexes ?? []) as GlobalSecondaryIndex[]).filter((g) => !have.has(g.IndexName))
    if (missing.length === 0) continue
    const kept = await rebuildKeepingItems(client, input)
    actions.push(`added ${missing.map((g) => `index ${g.IndexName}`).join(', ')} to ${input.TableName} (${kept} items kept)`)
  }
  return actions
}

/**
 * dynalite cannot add an index to an existing table (its UpdateTable only changes throughput), so a table kept
 * in .data/ from before a new index was declared is rebuilt: every item read, the table recreated in its new
 * shape, every item written back. Local only; in AWS, CloudFormation adds the index in place.
 */
async function rebuildKeepingItems(client: DynamoDBClient, input: CreateTableCommandInput): Promise<number> {
  const items: Record<string, AttributeValue>[] = []
  let start: Record<string, AttributeValue> | undefined
  do {
    const page = await client.send(new ScanCommand({ TableName: input.TableName, ExclusiveStartKey: start }))
    items.push(...(page.Items ?? []))
    start = page.LastEvaluatedKey
  } while (start)
  await client.send(new DeleteTableCommand({ TableName: input.TableName }))
  await client.send(new CreateTableCommand(input))
  for (let i = 0; i < items.length; i += 25) {
    let pending: WriteRequest[] | undefined = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }))
    while (pending?.length) {
      const result: BatchWriteItemCommandOutput = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [input.TableName!]: pending } }),
      )
      pending = result.UnprocessedItems?.[input.TableName!]
    }
  }
  return items.length
}

async function describe(client: DynamoDBClient, name: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined
    throw error
  }
}
