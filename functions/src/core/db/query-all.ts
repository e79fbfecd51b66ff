import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb'

/** Every item a query matches, following LastEvaluatedKey page by page (for small, bounded partitions). */
export async function queryAll(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = []
  let startKey: Record<string, unknown> | undefined
  do {
    const { Items = [], LastEvaluatedKey } = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }))
    items.push(...Items)
    startKey = LastEvaluatedKey
  } while (startKey)
  return items
}

/** How many items a query matches, counted page by page (Select COUNT: no item is read back). */
export async function countAll(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Select'>,
): Promise<number> {
  let count = 0
  let startKey: Record<string, unknown> | undefined
  do {
    const { Count = 0, LastEvaluatedKey } = await db.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: startKey }))
    count += Count
    startKey = LastEvaluatedKey
  } while (startKey)
  return count
}
