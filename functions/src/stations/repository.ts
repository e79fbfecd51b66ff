import { SUB_DISTRICT_IDS, type LatLng, type Station, type StationEdit, type SubDistrictId } from '@doorstep/shared'
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { BadRequestError } from '../core/http/errors'
import { geoKeys, PARTITION_PRECISION, rangesCovering, type GeoRange } from './geo-index'
import { queryAll } from '../core/db/query-all'

/**
 * Stations live in the catalog table.
 *   get by id                  pk = STATION#<id>, sk = STATION
 *   list one sub-district      gsi1: gsi1pk = STATIONS#<subDistrict>, gsi1sk = <kindRank>#<id>
 *   list all, street by street gsi2: gsi2pk = STATIONS, gsi2sk = <streetRank>#<kindRank>#<id>
 *   near a point               gsi3: gsi3pk = GEO#<geohash5>, gsi3sk = <geohash9>#<id>  (geo-index.ts)
 * The rank prefixes make the natural reading order (hall, centres, featured, communities) the key order.
 */
const KIND_RANK: Record<Station['kind'], number> = {
  'district-hall': 0,
  'subdistrict-centre': 1,
  featured: 2,
  'community-station': 3,
}

/**
 * Part of every seeded item's hash: bump it when the keys built here change, so `npm start` rewrites
 * stations seeded under the old key schema (v2: the gsi3 geo keys).
 */
export const STATION_KEY_SCHEMA_VERSION = 2

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'entity', 'seedHash'] as const

export type StationItem = Station & {
  pk: string
  sk: string
  gsi1pk: string
  gsi1sk: string
  gsi2pk: string
  gsi2sk: string
  gsi3pk: string
  gsi3sk: string
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
    ...geoKeys(station.location, station.id),
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
  /** Where the next page starts (a key of `listKeyAttributes`), absent on the last page. */
  lastKey?: Record<string, unknown>
}

/** The key attributes of a list page's position: the index read depends on whether a street is chosen. */
export function listKeyAttributes(street: SubDistrictId | undefined): string[] {
  const index = street !== undefined ? 'gsi1' : 'gsi2'
  return ['pk', 'sk', `${index}pk`, `${index}sk`]
}

export interface ListOptions {
  street?: SubDistrictId
  limit: number
  startKey?: Record<string, string | number>
  /** Filters DynamoDB cannot express (open now …); pages are still filled up to `limit`. */
  accept?: (station: Station) => boolean
}

/** Reading past rejected stations in bigger steps saves round trips; unfiltered pages read exactly `limit`. */
const FILTERED_READ_STEP = 100

/** Where an edit may land: anywhere, or only inside one sub-district (conditional on the stored item). */
export type EditScope = { subDistrict?: SubDistrictId }

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

  async list({ street, limit, startKey: from, accept }: ListOptions): Promise<StationPage> {
    const index = street !== undefined ? 'gsi1' : 'gsi2'
    const keyAttributes = listKeyAttributes(street)
    const partition = street !== undefined ? `STATIONS#${street}` : 'STATIONS'
    // a position in another list's partition would read outside the one asked for
    if (from && from[`${index}pk`] !== partition) throw new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
    const items: Station[] = []
    let startKey: Record<string, unknown> | undefined = from
    do {
      const { Items = [], LastEvaluatedKey } = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${index}pk` },
          ExpressionAttributeValues: { ':pk': partition },
          Limit: accept ? Math.max(limit, FILTERED_READ_STEP) : limit,
          ExclusiveStartKey: startKey,
        }),
      )
      for (const [position, item] of Items.entries()) {
        const station = fromItem(item)
        if (accept && !accept(station)) continue
        items.push(station)
        if (items.length === limit) {
          const readEverything = position === Items.length - 1 && !LastEvaluatedKey
          return readEverything ? { items } : { items, lastKey: pick(item, keyAttributes) }
        }
      }
      startKey = LastEvaluatedKey
    } while (startKey)
    return { items }
  }

  /** Every station in the key ranges covering the circle (some just outside it: the caller measures). */
  async near(center: LatLng, radiusMetres: number): Promise<Station[]> {
    const ranges = rangesCovering(center, radiusMetres)
    const perRange = await Promise.all(ranges.map((range) => this.readRange(range)))
    return perRange.flat()
  }

  private async readRange({ partition, prefix }: GeoRange): Promise<Station[]> {
    const wholePartition = prefix.length === PARTITION_PRECISION
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi3',
      KeyConditionExpression: wholePartition ? 'gsi3pk = :pk' : 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
      ExpressionAttributeValues: wholePartition ? { ':pk': partition } : { ':pk': partition, ':prefix': prefix },
    })
    return items.map(fromItem)
  }

  /**
   * Replaces what staff may edit; the station must exist (and lie in `scope`): never an upsert.
   * Location is not editable, so the geo keys stay valid. Undefined when there is no such station.
   */
  async updateEditable(id: string, edit: StationEdit, verifiedOn: string, scope: EditScope = {}): Promise<Station | undefined> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `STATION#${id}`, sk: 'STATION' },
          UpdateExpression: 'SET #hours = :hours, #phone = :phone, #serviceIds = :serviceIds, #verifiedOn = :verifiedOn',
          ConditionExpression:
            scope.subDistrict === undefined ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND #subDistrict = :subDistrict',
          ExpressionAttributeNames: {
            '#hours': 'hours',
            '#phone': 'phone',
            '#serviceIds': 'serviceIds',
            '#verifiedOn': 'verifiedOn',
            ...(scope.subDistrict === undefined ? {} : { '#subDistrict': 'subDistrict' }),
          },
          ExpressionAttributeValues: {
            ':hours': edit.hours,
            ':phone': edit.phone,
            ':serviceIds': edit.serviceIds,
            ':verifiedOn': verifiedOn,
            ...(scope.subDistrict === undefined ? {} : { ':subDistrict': scope.subDistrict }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      )
      return Attributes ? fromItem(Attributes) : undefined
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined
      throw error
    }
  }
}

function pick(item: Record<string, unknown>, attributes: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(attributes.map((a) => [a, item[a]]))
}
