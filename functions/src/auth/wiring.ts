import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { TryCounter } from '../core/rate-limit/try-counter'
import { AccountRepository } from './account-repository'
import { AuthService, StaffAccounts } from './service'
import { SignInThrottle } from './sign-in-throttle'
import { WeChatSessions } from './wechat-sessions'

/** Built once per Lambda container; the PURE marks let esbuild drop what a handler module does not use. */
export const accounts = /* @__PURE__ */ new AccountRepository(db, tableName('accounts'))

export const auth = /* @__PURE__ */ new AuthService(
  accounts,
  /* @__PURE__ */ new WeChatSessions(),
  /* @__PURE__ */ new SignInThrottle(
    /* @__PURE__ */ new TryCounter(db, tableName('rateLimits')),
    (username, blocked, unlessRecordedSince) => accounts.recordBlockedSignIn(username, blocked, unlessRecordedSince),
  ),
)

export const staffAccounts = /* @__PURE__ */ new StaffAccounts(accounts)
