import { calendarService } from '../calendar/wiring'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { notifier } from '../inbox/wiring'
import { MessageRepository } from '../messages/repository'
import { ServiceRepository } from '../services/repository'
import { SessionRepository } from '../sessions/repository'
import { StationRepository } from '../stations/repository'
import { DemandService } from './demand-service'
import { FieldDemandService } from './field-demand-service'
import { ReferralService } from './referral-service'
import { DemandRepository } from './repository'

/* Built once per Lambda container; the PURE marks let esbuild drop what a handler does not use. */
const repository = /* @__PURE__ */ new DemandRepository(db, tableName('demands'))
const messages = /* @__PURE__ */ new MessageRepository(db, tableName('messages'))
const sessions = /* @__PURE__ */ new SessionRepository(db, tableName('enrollments'))
const services = /* @__PURE__ */ new ServiceRepository(db, tableName('catalog'))
const stations = /* @__PURE__ */ new StationRepository(db, tableName('catalog'))

export const fieldDemandService = /* @__PURE__ */ new FieldDemandService(repository)

/**
 * Grouping reads board messages (GetItem on the messages table); answering reads the session or service project and
 * notifies (the inbox, and WeChat where the person allowed it: see inbox/wiring.ts for what that needs).
 */
export const demandService = /* @__PURE__ */ new DemandService(
  repository,
  {
    message: (id) => messages.get(id),
    session: (id) => sessions.get(id),
    service: (id) => services.get(id),
  },
  notifier,
)

/** Referrals read the station they name (catalog) and the holiday calendar their deadline counts working days on. */
export const referralService = /* @__PURE__ */ new ReferralService(repository, { station: (id) => stations.get(id) }, calendarService)
