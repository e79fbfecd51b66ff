import { CATEGORY_IDS, type CategoryId, type PolicyLink, type ServiceProject } from '@doorstep/shared'
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { batchGetAll } from '../core/db/batch-get'
// A service's detail names the policies it delivers; policies/repository.ts reads service names the other way.
import { policyKey, serviceKey } from '../catalog/keys'
import { queryAll } from '../core/db/query-all'
import { ALL_SERVICES, servicesOfCategory } from './keys'

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
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: serviceKey(id) }))
    return Item ? fromItem(Item) : undefined
  }

  /** One category (gsi1), or all of them category by category (gsi2). A few dozen items: no paging for callers. */
  async list(category?: CategoryId): Promise<ServiceProject[]> {
    const [index, partition] = category ? ['gsi1', servicesOfCategory(category)] : ['gsi2', ALL_SERVICES]
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
    const items = await batchGetAll(this.db, this.table, ids.map(policyKey), { projection: 'id, title' })
    const titles = new Map(items.map((item) => [String(item.id), String(item.title)]))
    return ids.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id)! }))
  }
}
