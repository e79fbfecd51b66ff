import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { notifier } from '../inbox/wiring'
import { MessageRepository } from '../messages/repository'
import { ServiceRepository } from '../services/repository'
import { SessionRepository } from '../sessions/repository'
import { DemandService } from './demand-service'
import { demandDecisions, demandRepository } from './wiring'

const messages = new MessageRepository(db, tableName('messages'))
const sessions = new SessionRepository(db, tableName('enrollments'))
const services = new ServiceRepository(db, tableName('catalog'))

/**
 * Grouping reads board messages (GetItem on the messages table); answering reads the session or service project and
 * notifies (the inbox, and WeChat where the person allowed it: see inbox/wiring.ts for what that needs).
 */
export const demandService = new DemandService(
  demandRepository,
  demandDecisions,
  {
    message: (id) => messages.get(id),
    session: (id) => sessions.get(id),
    service: (id) => services.get(id),
  },
  notifier,
)
