import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { EmployeeEdit } from '@doorstep/shared'
import { assignments } from '../core/db/assignments'
import { conditionHeld, unlessConditionFails } from '../core/db/conditional'
import { countAll, queryAll } from '../core/db/query-all'
import { caseKey, EMPLOYEE_SK_PREFIX, employeeKey, fromEmployeeItem, toEmployeeItem, type EmployeeRecord } from './keys'

const ofCompany = (companyId: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': caseKey(companyId).pk, ':prefix': EMPLOYEE_SK_PREFIX },
})

export class EmployeeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** K5: false when this person (same derived id) is already on the roster. */
  async add(record: EmployeeRecord): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({ TableName: this.table, Item: toEmployeeItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
      ),
    )
  }

  /**
   * K5c: adds a person from an import, or finds them already added by an earlier attempt of the same file (same
   * importId) — so resending a file after a failure never duplicates anyone. False when someone else put them
   * on the roster.
   */
  async addImported(record: EmployeeRecord & { importId: string }): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: toEmployeeItem(record),
          ConditionExpression: 'attribute_not_exists(pk) OR importId = :importId',
          ExpressionAttributeValues: { ':importId': record.importId },
        }),
      ),
    )
  }

  /** K5d: undoes an import's write — only if the line is still the one that import wrote. */
  async removeImported(companyId: string, employeeId: string, importId: string): Promise<void> {
    await conditionHeld(
      this.db.send(
        new DeleteCommand({
          TableName: this.table,
          Key: employeeKey(companyId, employeeId),
          ConditionExpression: 'importId = :importId',
          ExpressionAttributeValues: { ':importId': importId },
        }),
      ),
    )
  }

  /** K5a: replaces the editable fields of an employee who is on the roster; undefined if they are not. */
  async edit(companyId: string, employeeId: string, edit: EmployeeEdit): Promise<EmployeeRecord | undefined> {
    const { contractEndsOn, ...fields } = edit
    const set = assignments(contractEndsOn ? { ...fields, contractEndsOn } : fields)
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: employeeKey(companyId, employeeId),
          UpdateExpression: `SET ${set.expression}${contractEndsOn ? '' : ' REMOVE #contractEndsOn'}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { ...set.names, '#contractEndsOn': 'contractEndsOn' },
          ExpressionAttributeValues: set.values,
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromEmployeeItem(updated.Attributes) : undefined
  }

  /** K5b: false if they were not on the roster. */
  async remove(companyId: string, employeeId: string): Promise<boolean> {
    return conditionHeld(
      this.db.send(
        new DeleteCommand({ TableName: this.table, Key: employeeKey(companyId, employeeId), ConditionExpression: 'attribute_exists(pk)' }),
      ),
    )
  }

  /** K6: the roster in the order people were added. */
  async list(companyId: string): Promise<EmployeeRecord[]> {
    const items = await queryAll(this.db, { TableName: this.table, ConsistentRead: true, ...ofCompany(companyId) })
    return items.map(fromEmployeeItem).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
  }

  async count(companyId: string): Promise<number> {
    return countAll(this.db, { TableName: this.table, ConsistentRead: true, ...ofCompany(companyId) })
  }
}
