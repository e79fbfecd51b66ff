import { MessageDashboardQuery } from '@doorstep/shared'
import { CSV_CONTENT_TYPE, defineRoute, fileReply } from '../core/http/route'
import { BOARD_STAFF_ROLES } from './service'
import { dashboardService } from './dashboard-wiring'

export const dashboard = defineRoute({
  name: 'messages.dashboard',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageDashboardQuery,
  handle: ({ query, ctx }) => dashboardService.dashboard(ctx.caller, query, ctx.now),
})

export const dashboardCsv = defineRoute({
  name: 'messages.dashboard.csv',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageDashboardQuery,
  handle: async ({ query, ctx }) => {
    const { filename, csv } = await dashboardService.dashboardCsv(ctx.caller, query, ctx.now)
    return fileReply(csv, CSV_CONTENT_TYPE, filename)
  },
})
