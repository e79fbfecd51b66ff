import { BUNDLED_CALENDAR } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { CalendarRepository } from './repository'
import { CalendarService } from './service'

/**
 * One calendar per Lambda container, for every feature whose rules count working days or holidays; loaded years
 * are re-read every CALENDAR_CACHE_SECONDS (serverless.yml).
 */
export const calendarService = /* @__PURE__ */ new CalendarService(
  /* @__PURE__ */ new CalendarRepository(db, tableName('catalog')),
  BUNDLED_CALENDAR,
  Number(process.env.CALENDAR_CACHE_SECONDS ?? 300) * 1000,
)
