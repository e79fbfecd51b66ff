import { SUB_DISTRICT_IDS, type Station, type SubDistrictId } from '@doorstep/shared'
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { decodeCursor, encodeCursor } from '../core/db/cursor'

/**
 * Stations live in the catalog table.
 *   get by id                 pk = STATION#<id>, sk = STATION
 *   list one sub-district     gsi1: gsi1pk = STATIONS#<subDistrict>, gsi1sk = <kindRank>#<id>
 *   list all, street by street gsi2: gsi2pk = STATIONS, gsi2sk = <streetRank>#<kindRank>#<id>
 * The rank prefixes make the natural reading order (hall, centres, featured, communities) the key order.
 */
const KIND_RANK: Record<Station['kind'], number> = {
  'district-hall': 0,
  'subdistrict-centre': 1,
  featured: 2,
  'community-station': 3,
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity', 'seedHash'] as const

export type StationItem = Station & {
  pk: string
  sk: string
  gsi1pk: string
  gsi1sk: string
  gsi2pk: string
  gsi2sk: string
  entity: 'station'
}

export function toStationItem(station: Station): StationItem {
  const kindRank = KIND_RANK[station.kind]
  const streetRank = SUB_DISTRICT_IDS.indexOf(station.subDistrict)
  return {
    ...station,
    pk: `STATION#${station.id}`,
    sk: 'STATION',
    gsi1pk: `STATIONS#${station.subDistrict}`,
    gsi1sk: `${kindRank}#${station.id}`,
    gsi2pk: 'STATIONS',
    gsi2sk: `${streetRank}#${kindRank}#${station.id}`,
    entity: 'station',
  }
}

function fromItem(item: Record<string, unknown>): Station {
  const station = { ...item }
  for (const attribute of KEY_ATTRIBUTES) delete station[attribute]
  return station as Station
}

export interface StationPage {
  items: Station[]
  nextCursor?: string
}

export class StationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Station | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: `STATION#${id}`, sk: 'STATION' } }),
    )
    return Item ? fromItem(Item) : undefined
  }

  async list(options: { street?: SubDistrictId; limit: number; cursor?: string }): Promise<StationPage> {
    const byStreet = options.street !== undefined
    const index = byStreet ? 'gsi1' : 'gsi2'
    const { Items = [], LastEvaluatedKey } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': `${index}pk` },
        ExpressionAttributeValues: { ':pk': byStreet ? `STATIONS#${options.street}` : 'STATIONS' },
        Limit: options.limit,
        ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk', `${index}pk`, `${index}sk`]),
      }),
    )
    return { items: Items.map(fromItem), nextCursor: encodeCursor(LastEvaluatedKey) }
  }
}
