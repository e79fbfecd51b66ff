import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  type CreateTableCommandInput,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb'
import type { CfnTable } from './serverless-config'

/**
 * dynalite knows CreateTable but not PITR, SSE, TTL, streams or deletion protection,
 * so only the shape of each table is taken from its CloudFormation resource.
 */
const SHAPE_PROPERTIES = ['TableName', 'AttributeDefinitions', 'KeySchema', 'GlobalSecondaryIndexes', 'LocalSecondaryIndexes', 'BillingMode'] as const

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
}

/** Creates missing tables, and missing GSIs on tables kept from an earlier run. Returns what it did. */
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
    for (const gsi of (input.GlobalSecondaryIndexes ?? []) as GlobalSecondaryIndex[]) {
      if (have.has(gsi.IndexName)) continue
      await client.send(
        new UpdateTableCommand({
          TableName: input.TableName,
          AttributeDefinitions: input.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [{ Create: gsi }],
        }),
      )
      actions.push(`added index ${gsi.IndexName} to ${input.TableName}`)
    }
  }
  return actions
}

async function describe(client: DynamoDBClient, name: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined
    throw error
  }
}
