import { endpoints, StationListQuery, StationPathParams } from '@doorstep/shared'
import { calendarService } from '../calendar/wiring'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { StationRepository } from './repository'
import { StationService } from './service'

const stations = new StationService(new StationRepository(db, tableName('catalog')), calendarService)

export const list = defineRoute(endpoints.stationsList, {
  query: StationListQuery,
  handle: ({ query, ctx }) => stations.list(query, ctx.now, ctx.cursors),
})

export const get = defineRoute(endpoints.stationsGet, {
  params: StationPathParams,
  handle: ({ params }) => stations.get(params.id),
})
