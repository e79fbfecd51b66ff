import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { HolidayYear } from '@doorstep/shared'
import { queryAll } from '../core/db/query-all'
import { CALENDAR_PK, yearKey } from './keys'

/** The years admins loaded from the State Council's notices, kept beside the catalog they govern. */
export class CalendarRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async loadedYears(): Promise<HolidayYear[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': CALENDAR_PK },
    })
    return items.map(({ year, holidays, workdays, loadedAt, loadedBy }) => ({
      year: Number(year),
      holidays: holidays as HolidayYear['holidays'],
      workdays: workdays as HolidayYear['workdays'],
      source: 'loaded' as const,
      loadedAt: String(loadedAt),
      loadedBy: String(loadedBy),
    }))
  }

  /** A year is replaced whole: the notice is the unit the State Council publishes (and corrects). */
  async putYear(year: HolidayYear & { source: 'loaded'; loadedAt: string; loadedBy: string }): Promise<void> {
    const { source: _source, ...item } = year
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...yearKey(year.year), entity: 'calendar-year', ...item } }))
  }
}
