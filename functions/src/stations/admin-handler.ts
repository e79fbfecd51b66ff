import { endpoints, StationEdit, StationPathParams } from '@doorstep/shared'
import { calendarService } from '../calendar/wiring'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { StationRepository } from './repository'
import { ServiceCatalog } from './service-catalog'
import { StationService } from './service'

const catalog = tableName('catalog')
const stations = new StationService(new StationRepository(db, catalog), calendarService, new ServiceCatalog(db, catalog))

export const update = defineRoute(endpoints.stationsUpdate, {
  params: StationPathParams,
  body: StationEdit,
  handle: ({ params, body, ctx }) => stations.edit(params.id, body, ctx.caller, ctx.now),
})
