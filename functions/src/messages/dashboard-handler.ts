import { endpoints, MessageDashboardQuery } from '@doorstep/shared'
import { CSV_CONTENT_TYPE, defineRoute, fileReply } from '../core/http/route'
import { dashboardService } from './dashboard-wiring'

export const dashboard = defineRoute(endpoints.messagesDashboard, {
  query: MessageDashboardQuery,
  handle: ({ query, ctx }) => dashboardService.dashboard(ctx.caller, query, ctx.now),
})

export const dashboardCsv = defineRoute(endpoints.messagesDashboardCsv, {
  query: MessageDashboardQuery,
  handle: async ({ query, ctx }) => {
    const { filename, csv } = await dashboardService.dashboardCsv(ctx.caller, query, ctx.now)
    return fileReply(csv, CSV_CONTENT_TYPE, filename)
  },
})
