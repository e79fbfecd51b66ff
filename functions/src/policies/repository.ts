import type { Policy } from '@doorstep/shared'
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { batchGetAll } from '../core/db/batch-get'
import { conditionHeld } from '../core/db/conditional'
// A policy's detail names the services that deliver it; services/repository.ts reads policy titles the other way.
import { policyKey, serviceKey } from '../catalog/keys'
import {
  ALL_POLICIES,
  CHANGE_RETENTION_SECONDS,
  changeKey,
  fromPolicyItem,
  fromSearchableItem,
  POLICY_CHANGES,
  POLICY_SET_VERSION_KEY,
  toPolicyItem,
  type SearchablePolicy,
} from './keys'
import { queryAll } from '../core/db/query-all'

export type WriteOutcome = 'written' | 'conflict'

export class PolicyRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Policy | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: policyKey(id) }))
    return Item ? fromPolicyItem(Item) : undefined
  }

  /** The whole library (a few hundred items): what the search index and the matcher are built from. */
  async listAll(): Promise<SearchablePolicy[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': ALL_POLICIES },
    })
    return items.map(fromSearchableItem)
  }

  /** 0 until the first admin write. Strongly consistent, so an edit shows in the next search. */
  async version(): Promise<number> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: POLICY_SET_VERSION_KEY, ConsistentRead: true, ProjectionExpression: 'version' }),
    )
    return typeof Item?.version === 'number' ? Item.version : 0
  }

  async bumpVersion(): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: POLICY_SET_VERSION_KEY,
        UpdateExpression: 'ADD version :one SET entity = :entity',
        ExpressionAttributeValues: { ':one': 1, ':entity': 'policy-set-version' },
      }),
    )
  }

  /** Announces a write of policy `id` at `at`, before it is made: see POLICY_CHANGES. */
  async recordChange(id: string, at: Date): Promise<void> {
    const expiresAt = Math.floor(at.getTime() / 1000) + CHANGE_RETENTION_SECONDS
    await this.db.send(
      new PutCommand({ TableName: this.table, Item: { ...changeKey(at.toISOString(), id), id, entity: 'policy-change', expiresAt } }),
    )
  }

  /** The ids written at or after `since` (an ISO time), oldest first. */
  async changedSince(since: string): Promise<{ id: string; at: string }[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk >= :since',
      ExpressionAttributeValues: { ':pk': POLICY_CHANGES, ':since': since },
      ConsistentRead: true,
    })
    return items.map((item) => ({ id: String(item.id), at: String(item.sk).split('#')[0]! }))
  }

  /** The policies among `ids` as they are now (strongly consistent); an id with no item is absent. */
  async getMany(ids: readonly string[]): Promise<SearchablePolicy[]> {
    const items = await batchGetAll(this.db, this.table, ids.map(policyKey), { consistent: true })
    return items.map(fromSearchableItem)
  }

  /** Fails with 'conflict' when the id is taken. */
  create(policy: SearchablePolicy): Promise<WriteOutcome> {
    return this.conditionalPut(policy, 'attribute_not_exists(pk)')
  }

  /** Fails with 'conflict' when there is no such policy. */
  replace(policy: SearchablePolicy): Promise<WriteOutcome> {
    return this.conditionalPut(policy, 'attribute_exists(pk)')
  }

  async serviceNames(ids: readonly string[]): Promise<Map<string, string>> {
    const items = await batchGetAll(this.db, this.table, ids.map(serviceKey), { projection: 'id, #name', names: { '#name': 'name' } })
    return new Map(items.map((item) => [String(item.id), String(item.name)]))
  }

  private async conditionalPut(policy: SearchablePolicy, condition: string): Promise<WriteOutcome> {
    const written = await conditionHeld(
      this.db.send(new PutCommand({ TableName: this.table, Item: toPolicyItem(policy), ConditionExpression: condition })),
    )
    return written ? 'written' : 'conflict'
  }
}
