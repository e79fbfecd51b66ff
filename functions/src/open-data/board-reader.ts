import type { ServiceProject, Station } from '@doorstep/shared'
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { queryAll } from '../core/db/query-all'
import {
  BOARD_ANSWERED,
  BOARD_OPEN,
  fromMessageItem,
  messageKey,
  PUBLIC_FIELDS,
  trackingNumberKey,
  type MessageRecord,
} from '../messages/keys'
import type { ServiceRepository } from '../services/repository'
import { readAllStations } from '../stations/all-stations'
import { boardRequestOf } from './board-requests'
import type { BoardRequest } from './open311'

/**
 * What GeoReport may read of a message: the public board's fields, plus the deadline, the status steps' times, the
 * station and the rating — never the author, phone, notes or who said me-too.
 */
const BOARD_REQUEST_FIELDS = [...PUBLIC_FIELDS, 'stationId', 'answerDeadline', 'audit', 'rating']

const projection = {
  ProjectionExpression: BOARD_REQUEST_FIELDS.map((_, i) => `#f${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(BOARD_REQUEST_FIELDS.map((field, i) => [`#f${i}`, field])),
}

/** `LY-20261201-K7Q2` → the day and code its reservation item is keyed by. */
const TRACKING_NO = /^LY-(\d{8})-([A-Z0-9]+)$/

/** The public board as GeoReport requests, read from the messages table's board index (gsi3) and tracking items. */
export class BoardRequestReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly catalogTable: string,
    private readonly services: Pick<ServiceRepository, 'list'>,
  ) {}

  /** The seven categories' projects, for GeoReport's service list. */
  serviceProjects(): Promise<ServiceProject[]> {
    return this.services.list()
  }

  /** Where requests are placed: their station, else their office's. */
  async stationsById(): Promise<Map<string, Station>> {
    return new Map((await readAllStations(this.db, this.catalogTable)).map((station) => [station.id, station]))
  }

  /**
   * Public messages submitted in [start, end]. The open side is keyed by submission, so it is read as that range;
   * the answered side is keyed by the answer, which comes after the submission, so it is read from `start` on and
   * the caller drops what was submitted after `end`.
   */
  async submittedBetween(start: Date, end: Date): Promise<BoardRequest[]> {
    const [open, answered] = await Promise.all([
      this.readBoard(BOARD_OPEN, 'gsi3sk BETWEEN :from AND :to', { ':from': start.toISOString(), ':to': `${end.toISOString()}#\uffff` }),
      this.readBoard(BOARD_ANSWERED, 'gsi3sk >= :from', { ':from': start.toISOString() }),
    ])
    return [...open, ...answered].flatMap((record) => boardRequestOf(record) ?? [])
  }

  /** The request a tracking number names, if that message is on the board now. */
  async byTrackingNo(trackingNo: string): Promise<BoardRequest | undefined> {
    const parts = TRACKING_NO.exec(trackingNo.toUpperCase())
    if (!parts) return undefined
    const { Item: reservation } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: trackingNumberKey(parts[1]!, parts[2]!), ProjectionExpression: 'messageId' }),
    )
    if (typeof reservation?.messageId !== 'string') return undefined
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: messageKey(reservation.messageId), ...projection }))
    const record = Item && fromMessageItem(Item)
    // a reservation a retried submission drew and then gave up still names the message: only its own number counts
    if (!record || record.trackingNo !== trackingNo.toUpperCase()) return undefined
    return boardRequestOf(record)
  }

  private async readBoard(partition: string, range: string, values: Record<string, string>): Promise<MessageRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'gsi3',
      KeyConditionExpression: `gsi3pk = :board AND ${range}`,
      ...projection,
      ExpressionAttributeValues: { ':board': partition, ...values },
    })
    return items.map(fromMessageItem)
  }
}
