import type { Station } from '@doorstep/shared'
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { queryAll } from '../core/db/query-all'

/**
 * Reading stations back, kept apart from keys.ts so a reader that never writes a station (open data) does not
 * carry the geohash library that building keys needs.
 */
export const ALL_STATIONS = 'STATIONS'

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'entity', 'seedHash'] as const

export function fromStationItem(item: Record<string, unknown>): Station {
  const station = { ...item }
  for (const attribute of KEY_ATTRIBUTES) delete station[attribute]
  return station as Station
}

/** Every station, street by street (gsi2): a few hundred items, read whole. */
export async function readAllStations(db: DynamoDBDocumentClient, table: string): Promise<Station[]> {
  const items = await queryAll(db, {
    TableName: table,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': ALL_STATIONS },
  })
  return items.map(fromStationItem)
}
