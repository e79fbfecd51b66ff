import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { notifier } from '../inbox/wiring'
import { StationRepository } from '../stations/repository'
import { contentCheckFor } from './content-check/for-stage'
import { OverdueEscalation } from './overdue-escalation'
import { MessageRepository } from './repository'
import { MessageService } from './service'
import { MessageStaffActions } from './staff-actions'

/*
 * Built once per Lambda container. Each handler module uses one or two of these; the PURE marks let esbuild drop
 * the rest from its bundle. The board (search index) and the dashboard (CSV) have their own wiring: their
 * libraries would otherwise ride along in every message function.
 */
export const messageRepository = /* @__PURE__ */ new MessageRepository(db, tableName('messages'))

/** The local word filter always; WeChat's msgSecCheck too outside local stages (content-check/for-stage.ts). */
export const messageService = /* @__PURE__ */ new MessageService(
  messageRepository,
  /* @__PURE__ */ contentCheckFor({ db }),
  /* @__PURE__ */ new StationRepository(db, tableName('catalog')),
)

export const staffActions = /* @__PURE__ */ new MessageStaffActions(messageRepository, notifier)

export const overdueEscalation = /* @__PURE__ */ new OverdueEscalation(messageRepository)
