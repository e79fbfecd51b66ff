import { calendarService } from '../calendar/wiring'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { StationRepository } from '../stations/repository'
import { FieldDemandService } from './field-demand-service'
import { ReferralService } from './referral-service'
import { DemandRepository } from './repository'

/*
 * Built once per Lambda container. Field demands and referrals only; the demand routes, which notify and read
 * messages, sessions and services, have their own wiring (demand-wiring.ts) so that code stays out of these bundles.
 */
export const demandRepository = new DemandRepository(db, tableName('demands'))

export const fieldDemandService = new FieldDemandService(demandRepository)

/** Referrals read the station they name (catalog) and the holiday calendar their deadline counts working days on. */
export const referralService = new ReferralService(demandRepository, { station: (id) => stations.get(id) }, calendarService)

const stations = new StationRepository(db, tableName('catalog'))
