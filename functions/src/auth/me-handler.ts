import { endpoints } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { AccountRepository } from './account-repository'
import { whoIs } from './who-is'

const accounts = new AccountRepository(db, tableName('accounts'))

export const me = defineRoute(endpoints.authMe, {
  handle: ({ ctx }) => whoIs(accounts, ctx.caller),
})
