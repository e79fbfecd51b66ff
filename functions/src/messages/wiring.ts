import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { notifier } from '../inbox/wiring'
import { StationRepository } from '../stations/repository'
import { PublicBoard } from './board'
import { contentCheckFor } from './content-check/for-stage'
import { MessageDashboardService } from './dashboard-service'
import { OverdueEscalation } from './overdue-escalation'
import { MessageRepository } from './repository'
import { MessageService } from './service'
import { MessageStaffActions } from './staff-actions'

/*
 * Built once per Lambda container. Each handler module uses one or two of these; the PURE marks let esbuild drop
 * the rest from its bundle (the notifier's WeChat sender and SSM client, the board's search index, CSV).
 */
const messageRepository = /* @__PURE__ */ new MessageRepository(db, tableName('messages'))

/** The local word filter always; WeChat's msgSecCheck too outside local stages (content-check/for-stage.ts). */
export const messageService = /* @__PURE__ */ new MessageService(
  messageRepository,
  /* @__PURE__ */ contentCheckFor({ db }),
  /* @__PURE__ */ new StationRepository(db, tableName('catalog')),
)

export const staffActions = /* @__PURE__ */ new MessageStaffActions(messageRepository, notifier)

export const dashboardService = /* @__PURE__ */ new MessageDashboardService(messageRepository)

export const overdueEscalation = /* @__PURE__ */ new OverdueEscalation(messageRepository)

/** The public set is re-read at most every BOARD_CACHE_SECONDS (serverless.yml: 60 in the cloud, 0 in tests). */
export const publicBoard = /* @__PURE__ */ new PublicBoard(messageRepository, Number(process.env.BOARD_CACHE_SECONDS ?? 60) * 1000)
