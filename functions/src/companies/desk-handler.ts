import { CompanyDashboardQuery, DeskCasesQuery, endpoints } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { dashboardFigures, deskCases } from './wiring'

/** The staff desk's list: cases in the caller's scope with their progress, newest first. */
export const list = defineRoute(endpoints.companiesDeskList, {
  query: DeskCasesQuery,
  handle: ({ query, ctx }) => deskCases.list(ctx.caller.scope, query, ctx.now, ctx.cursors),
})

/** Figures for the staff dashboard: cases opened and completed per week, median desk time, overdue registrations. */
export const dashboard = defineRoute(endpoints.companiesDashboard, {
  query: CompanyDashboardQuery,
  handle: ({ query, ctx }) => dashboardFigures.figures(ctx.caller.scope, query, ctx.now),
})
