import {
  endpoints,
  PasswordChangeBody,
  StaffAccountChange,
  StaffAccountPathParams,
  StaffSignInBody,
  WeChatSignInBody,
} from '@doorstep/shared'
import { bearerOf } from '../core/auth/authorize'
import { defineRoute } from '../core/http/route'
import { auth, staffAccounts } from './wiring'

export const weChat = defineRoute(endpoints.authWeChat, {
  body: WeChatSignInBody,
  handle: ({ body, ctx }) => auth.signInWithWeChat(body.code, body.nickname, ctx.now),
})

// no write limit (endpoints.authStaff): tries are counted per account and source instead (auth/sign-in-throttle.ts)
export const staff = defineRoute(endpoints.authStaff, {
  body: StaffSignInBody,
  handle: ({ body, ctx }) => auth.signInStaff(body.username, body.password, ctx.caller.ip, ctx.now),
})

/** A staff token, current or expired within its working day, for a fresh one while the account stands. */
export const renew = defineRoute(endpoints.authRenew, {
  handle: ({ ctx }) => auth.renewStaff(bearerOf(ctx.event), ctx.now),
})

export const changePassword = defineRoute(endpoints.authChangePassword, {
  body: PasswordChangeBody,
  handle: ({ body, ctx }) => auth.changePassword(ctx.caller.staffId, body, ctx.caller.ip, ctx.now),
})

export const listStaff = defineRoute(endpoints.authListStaff, {
  handle: () => staffAccounts.list(),
})

export const changeStaff = defineRoute(endpoints.authChangeStaff, {
  params: StaffAccountPathParams,
  body: StaffAccountChange,
  handle: ({ params, body, ctx }) => staffAccounts.setDisabled(params.username, body.disabled, ctx.caller.staffId),
})
