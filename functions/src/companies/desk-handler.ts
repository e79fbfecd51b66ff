import { CompanyDashboardQuery, DeskCasesQuery } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { dashboardFigures, deskCases } from './wiring'

/** The staff desk's list: cases in the caller's scope with their progress, newest first. */
export const list = defineRoute({
  name: 'companies.desk.list',
  access: { staff: ['desk', 'admin'] },
  query: DeskCasesQuery,
  handle: ({ query, ctx }) => {
    if (ctx.caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
    return deskCases.list(ctx.caller.scope, query, ctx.now, ctx.cursors)
  },
})

/** Figures for the staff dashboard: cases opened and completed per week, median desk time, overdue registrations. */
export const dashboard = defineRoute({
  name: 'companies.desk.dashboard',
  access: { staff: ['desk', 'admin'] },
  query: CompanyDashboardQuery,
  handle: ({ query, ctx }) => {
    if (ctx.caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
    return dashboardFigures.figures(ctx.caller.scope, query, ctx.now)
  },
})
