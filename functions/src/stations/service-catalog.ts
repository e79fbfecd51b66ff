import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'

const MAX_ATTEMPTS = 5

/** Which service-project ids exist in the catalog table (pk = SERVICE#<id>, see services/keys.ts). */
export class ServiceCatalog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The ids among `ids` that are not service projects, in the order given. Up to 100 ids. */
  async unknownIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return []
    const found = new Set<string>()
    let keys: Record<string, unknown>[] | undefined = ids.map((id) => ({ pk: `SERVICE#${id}`, sk: 'SERVICE' }))
    for (let attempt = 1; keys?.length; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error('service lookup kept coming back unprocessed')
      const { Responses, UnprocessedKeys }: BatchGetCommandOutput = await this.db.send(
        new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ProjectionExpression: 'pk' } } }),
      )
      for (const item of Responses?.[this.table] ?? []) found.add(String(item.pk).slice('SERVICE#'.length))
      keys = UnprocessedKeys?.[this.table]?.Keys
    }
    return ids.filter((id) => !found.has(id))
  }
}
