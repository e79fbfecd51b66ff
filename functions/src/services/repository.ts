import { CATEGORY_IDS, type CategoryId, type PolicyLink, type ServiceProject } from '@doorstep/shared'
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { queryAll } from '../core/db/query-all'

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity', 'seedHash'] as const

function fromItem(item: Record<string, unknown>): ServiceProject {
  const service = { ...item }
  for (const attribute of KEY_ATTRIBUTES) delete service[attribute]
  return service as ServiceProject
}

/** Service projects (keys in keys.ts) and the titles of the policies they deliver, from the catalog table. */
export class ServiceRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<ServiceProject | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `SERVICE#${id}`, sk: 'SERVICE' } }))
    return Item ? fromItem(Item) : undefined
  }

  /** One category (gsi1), or all of them category by category (gsi2). A few dozen items: no paging for callers. */
  async list(category?: CategoryId): Promise<ServiceProject[]> {
    const [index, partition] = category ? ['gsi1', `SERVICES#${category}`] : ['gsi2', 'SERVICES']
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': partition },
    })
    const services = items.map(fromItem)
    return category ? services : services.sort((a, b) => CATEGORY_IDS.indexOf(a.categoryId) - CATEGORY_IDS.indexOf(b.categoryId))
  }

  /** Id and title of each policy that exists, in the order asked. */
  async policyLinks(ids: readonly string[]): Promise<PolicyLink[]> {
    const titles = new Map<string, string>()
    for (let start = 0; start < ids.length; start += 100) {
      let keys: Record<string, unknown>[] | undefined = ids.slice(start, start + 100).map((id) => ({ pk: `POLICY#${id}`, sk: 'POLICY' }))
      while (keys?.length) {
        const { Responses, UnprocessedKeys }: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.table]: { Keys: keys, ProjectionExpression: 'id, title' } },
          }),
        )
        for (const item of Responses?.[this.table] ?? []) titles.set(String(item.id), String(item.title))
        keys = UnprocessedKeys?.[this.table]?.Keys
      }
    }
    return ids.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id)! }))
  }
}
