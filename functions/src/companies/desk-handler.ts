import { DeskCasesQuery } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { deskCases } from './wiring'

/** The staff desk's list: cases in the caller's scope with their progress, newest first. */
export const list = defineRoute({
  name: 'companies.desk.list',
  access: { staff: ['desk', 'admin'] },
  query: DeskCasesQuery,
  handle: ({ query, ctx }) => {
    if (ctx.caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
    return deskCases.list(ctx.caller.scope, query, ctx.now)
  },
})
