import { ONBOARDING_TEMPLATE } from '@doorstep/shared'
import { AccountRepository } from '../auth/account-repository'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { StewardshipService } from './stewardship-service'
import { cases, companyService } from './wiring'

/** Apart from wiring.ts: only the steward routes read staff accounts, so only their bundles carry that code. */
export const stewardships = new StewardshipService(
  cases,
  new AccountRepository(db, tableName('accounts')),
  companyService,
  ONBOARDING_TEMPLATE,
)
