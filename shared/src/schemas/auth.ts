import * as v from 'valibot'
import { STAFF_ROLES, type Me } from '../domain/roles'
import { SUB_DISTRICT_IDS } from '../domain/sub-districts'

export const WeChatSignInBody = v.strictObject({
  code: v.pipe(v.string('须为文本'), v.trim(), v.minLength(1, '不能为空'), v.maxLength(128, '登录码过长')),
  /** The nickname the person typed (WeChat's `type="nickname"` input): only used when the account is new. */
  nickname: v.optional(v.pipe(v.string('须为文本'), v.trim(), v.minLength(1, '不能为空'), v.maxLength(32, '不能超过 32 个字'))),
})

export const StaffSignInBody = v.strictObject({
  username: v.pipe(v.string('须为文本'), v.trim(), v.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名格式不正确')),
  password: v.pipe(v.string('须为文本'), v.minLength(1, '不能为空'), v.maxLength(128, '密码过长')),
})

export interface Session {
  token: string
  expiresAt: string
  me: Me
}

/** A development staff account in data/seed/dev-staff.json (seeded only by the stacks that run on this machine). */
export const DevStaffAccount = v.strictObject({
  username: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/)),
  displayName: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  role: v.picklist(STAFF_ROLES),
  scope: v.variant('kind', [
    v.strictObject({ kind: v.literal('district') }),
    v.strictObject({ kind: v.literal('subDistrict'), id: v.picklist(SUB_DISTRICT_IDS) }),
    v.strictObject({ kind: v.literal('station'), id: v.string(), subDistrict: v.picklist(SUB_DISTRICT_IDS) }),
  ]),
})
