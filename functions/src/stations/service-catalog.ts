import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { batchGetAll } from '../core/db/batch-get'
import { serviceKey } from '../catalog/keys'

/** Which service-project ids exist in the catalog table (services/keys.ts). */
export class ServiceCatalog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The ids among `ids` that are not service projects, in the order given. */
  async unknownIds(ids: readonly string[]): Promise<string[]> {
    const items = await batchGetAll(this.db, this.table, ids.map(serviceKey), { projection: 'id' })
    const found = new Set(items.map((item) => String(item.id)))
    return ids.filter((id) => !found.has(id))
  }
}
