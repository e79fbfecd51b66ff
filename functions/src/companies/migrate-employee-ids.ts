import { DeleteCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { conditionHeld } from '../core/db/conditional'
import type { EmployeeIds } from './employee-ids'
import { EMPLOYEE_SK_PREFIX, employeeKey } from './keys'

/**
 * Moves employees stored under an earlier id (a plain SHA-256 of the ID number) to their keyed id. Idempotent and
 * safe to stop at any point: the new item is written before the old one is deleted, and a rerun that finds the new
 * one already there only deletes the old. A one-off over the whole table (a Scan): run on the local stack at start,
 * and once per environment that holds rosters from before the change.
 */
export async function migrateEmployeeIds(
  db: DynamoDBDocumentClient,
  table: string,
  ids: Pick<EmployeeIds, 'of'>,
): Promise<{ moved: number; kept: number }> {
  const counts = { moved: 0, kept: 0 }
  let startKey: Record<string, unknown> | undefined
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: 'begins_with(sk, :employee)',
        ExpressionAttributeValues: { ':employee': EMPLOYEE_SK_PREFIX },
        ExclusiveStartKey: startKey,
      }),
    )
    for (const item of page.Items ?? []) {
      const companyId = String(item.companyId)
      const id = await ids.of(companyId, String(item.idNumber))
      if (item.id === id) {
        counts.kept++
        continue
      }
      await conditionHeld(
        db.send(
          new PutCommand({
            TableName: table,
            Item: { ...item, ...employeeKey(companyId, id), id },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      )
      await db.send(new DeleteCommand({ TableName: table, Key: { pk: item.pk, sk: item.sk } }))
      counts.moved++
    }
    startKey = page.LastEvaluatedKey
  } while (startKey)
  return counts
}
