import { calendarService } from '../calendar/wiring'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { StationRepository } from '../stations/repository'
import { DemandDecisions } from './demand-decisions'
import { FieldDemandService } from './field-demand-service'
import { ReferralService } from './referral-service'
import { DemandRepository } from './repository'

/*
 * Built once per Lambda container. What needs the demands table alone: field demands, referrals, and listing and
 * deciding demands. Grouping and answering, which read messages, sessions and services and notify, have their own
 * wiring (demand-wiring.ts) so that code stays out of these bundles.
 */
export const demandRepository = new DemandRepository(db, tableName('demands'))

export const fieldDemandService = new FieldDemandService(demandRepository)

export const demandDecisions = new DemandDecisions(demandRepository)

/** Referrals read the station they name (catalog) and the holiday calendar their deadline counts working days on. */
export const referralService = new ReferralService(demandRepository, { station: (id) => stations.get(id) }, calendarService)

const stations = new StationRepository(db, tableName('catalog'))
