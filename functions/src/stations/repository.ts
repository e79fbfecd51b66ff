import type { LatLng, Station, StationEdit, SubDistrictId } from '@doorstep/shared'
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { BadRequestError } from '../core/http/errors'
import { assignments } from '../core/db/assignments'
import { unlessConditionFails } from '../core/db/conditional'
import { queryAll } from '../core/db/query-all'
import { rangesCovering, type GeoRange } from './geo-index'
import { ALL_STATIONS, fromStationItem, PARTITION_PRECISION, stationKey, stationsOfSubDistrict } from './keys'

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

/** Stations in the catalog table (keys in keys.ts). */
export class StationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Station | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: stationKey(id) }))
    return Item ? fromStationItem(Item) : undefined
  }

  async list({ street, limit, startKey: from, accept }: ListOptions): Promise<StationPage> {
    const index = street !== undefined ? 'gsi1' : 'gsi2'
    const keyAttributes = listKeyAttributes(street)
    const partition = street !== undefined ? stationsOfSubDistrict(street) : ALL_STATIONS
    // a position in another list's partition would read outside the one asked for
    if (from && from[`${index}pk`] !== partition)
      throw new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
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
        const station = fromStationItem(item)
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
    return items.map(fromStationItem)
  }

  /**
   * Replaces what staff may edit; the station must exist (and lie in `scope`): never an upsert.
   * Location is not editable, so the geo keys stay valid. Undefined when there is no such station.
   */
  async updateEditable(id: string, edit: StationEdit, verifiedOn: string, scope: EditScope = {}): Promise<Station | undefined> {
    const set = assignments({ hours: edit.hours, phone: edit.phone, serviceIds: edit.serviceIds, verifiedOn })
    const updated = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: stationKey(id),
          UpdateExpression: `SET ${set.expression}`,
          ConditionExpression:
            scope.subDistrict === undefined ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND #subDistrict = :subDistrict',
          ExpressionAttributeNames: { ...set.names, ...(scope.subDistrict === undefined ? {} : { '#subDistrict': 'subDistrict' }) },
          ExpressionAttributeValues: { ...set.values, ...(scope.subDistrict === undefined ? {} : { ':subDistrict': scope.subDistrict }) },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
    return updated?.Attributes ? fromStationItem(updated.Attributes) : undefined
  }
}

function pick(item: Record<string, unknown>, attributes: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(attributes.map((a) => [a, item[a]]))
}
