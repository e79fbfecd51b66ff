import { MessageDashboardQuery } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { BOARD_STAFF_ROLES } from './service'
import { staffOf } from './request-parts'
import { dashboardService } from './dashboard-wiring'

export const dashboard = defineRoute({
  name: 'messages.dashboard',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageDashboardQuery,
  handle: ({ query, ctx }) => dashboardService.dashboard(staffOf(ctx.caller), query, ctx.now),
})

export const dashboardCsv = defineRoute({
  name: 'messages.dashboard.csv',
  access: { staff: BOARD_STAFF_ROLES },
  query: MessageDashboardQuery,
  handle: async ({ query, ctx }) => {
    const { filename, csv } = await dashboardService.dashboardCsv(staffOf(ctx.caller), query, ctx.now)
    return reply(200, csv, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    })
  },
})
