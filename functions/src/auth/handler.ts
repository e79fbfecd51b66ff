import { StaffSignInBody, WeChatSignInBody } from '@doorstep/shared'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { defineRoute } from '../core/http/route'
import { AccountRepository } from './account-repository'
import { AuthService } from './service'
import { WeChatSessions } from './wechat-sessions'

const auth = new AuthService(new AccountRepository(db, tableName('accounts')), new WeChatSessions())

export const weChat = defineRoute({
  name: 'auth.wechat',
  access: 'public',
  body: WeChatSignInBody,
  handle: ({ body, ctx }) => auth.signInWithWeChat(body.code, body.nickname, ctx.now),
})

export const staff = defineRoute({
  name: 'auth.staff',
  access: 'public',
  body: StaffSignInBody,
  handle: ({ body, ctx }) => auth.signInStaff(body.username, body.password, ctx.now),
})
