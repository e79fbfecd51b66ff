import { PasswordChangeBody, StaffAccountChange, StaffAccountPathParams, StaffSignInBody, WeChatSignInBody } from '@doorstep/shared'
import { bearerOf } from '../core/auth/authorize'
import { defineRoute } from '../core/http/route'
import { auth, staffAccounts } from './wiring'

export const weChat = defineRoute({
  name: 'auth.wechat',
  access: 'public',
  body: WeChatSignInBody,
  handle: ({ body, ctx }) => auth.signInWithWeChat(body.code, body.nickname, ctx.now),
})

export const staff = defineRoute({
  name: 'auth.staff',
  access: 'public',
  // tries are counted per account and source instead (auth/sign-in-throttle.ts)
  rateLimit: false,
  body: StaffSignInBody,
  handle: ({ body, ctx }) => auth.signInStaff(body.username, body.password, ctx.caller.ip, ctx.now),
})

/** A staff token, current or expired within its working day, for a fresh one while the account stands. */
export const renew = defineRoute({
  name: 'auth.renew',
  access: 'public',
  handle: ({ ctx }) => auth.renewStaff(bearerOf(ctx.event), ctx.now),
})

export const changePassword = defineRoute({
  name: 'auth.changePassword',
  access: { staff: ['answerer', 'desk', 'admin'] },
  body: PasswordChangeBody,
  handle: ({ body, ctx }) => auth.changePassword(ctx.caller.staffId, body, ctx.caller.ip, ctx.now),
})

export const listStaff = defineRoute({
  name: 'auth.listStaff',
  access: { staff: ['admin'] },
  handle: () => staffAccounts.list(),
})

export const changeStaff = defineRoute({
  name: 'auth.changeStaff',
  access: { staff: ['admin'] },
  params: StaffAccountPathParams,
  body: StaffAccountChange,
  handle: ({ params, body, ctx }) => staffAccounts.setDisabled(params.username, body.disabled, ctx.caller.staffId),
})
