import * as v from 'valibot'
import { STAFF_ROLES, type Me } from '../domain/roles'
import { SUB_DISTRICT_IDS } from '../domain/sub-districts'

export const WeChatSignInBody = v.strictObject({
  code: v.pipe(v.string('须为文本'), v.trim(), v.minLength(1, '不能为空'), v.maxLength(128, '登录码过长')),
  /** The nickname the person typed (WeChat's `type="nickname"` input): only used when the account is new. */
  nickname: v.optional(v.pipe(v.string('须为文本'), v.trim(), v.minLength(1, '不能为空'), v.maxLength(32, '不能超过 32 个字'))),
})

const StaffUsername = v.pipe(v.string('须为文本'), v.trim(), v.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '用户名格式不正确'))

export const StaffSignInBody = v.strictObject({
  username: StaffUsername,
  password: v.pipe(v.string('须为文本'), v.minLength(1, '不能为空'), v.maxLength(128, '密码过长')),
})

export interface Session {
  token: string
  expiresAt: string
  me: Me
}

/** Where a staff member may act (`StaffScope`): checked on seeded accounts and on every staff token's claims. */
const StaffScopeSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('district') }),
  v.strictObject({ kind: v.literal('subDistrict'), id: v.picklist(SUB_DISTRICT_IDS) }),
  v.strictObject({ kind: v.literal('station'), id: v.string(), subDistrict: v.picklist(SUB_DISTRICT_IDS) }),
  v.strictObject({ kind: v.literal('grid'), id: v.string(), stationId: v.string(), subDistrict: v.picklist(SUB_DISTRICT_IDS) }),
])

/** A development staff account in data/seed/dev-staff.json (seeded only by the stacks that run on this machine). */
export const DevStaffAccount = v.strictObject({
  username: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/)),
  displayName: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  role: v.picklist(STAFF_ROLES),
  scope: StaffScopeSchema,
})

/** A staff password: long enough not to be guessed in the few tries a source gets, with letters and digits. */
export const NewPassword = v.pipe(
  v.string('须为文本'),
  v.minLength(10, '至少 10 位'),
  v.maxLength(128, '不能超过 128 位'),
  v.check((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '须同时包含字母和数字'),
)

/** POST /v1/me/password (staff): the current password again, and the new one. */
export const PasswordChangeBody = v.pipe(
  v.strictObject({
    currentPassword: v.pipe(v.string('须为文本'), v.minLength(1, '不能为空'), v.maxLength(128, '密码过长')),
    newPassword: NewPassword,
  }),
  v.forward(
    v.check((b) => b.newPassword !== b.currentPassword, '新密码不能与当前密码相同'),
    ['newPassword'],
  ),
)

export const StaffAccountPathParams = v.strictObject({ username: StaffUsername })

/** PUT /v1/admin/staff/{username} (admin): stop an account from signing in and end its sessions, or restore it. */
export const StaffAccountChange = v.strictObject({ disabled: v.boolean('须为 true 或 false') })

/** A source that kept trying wrong passwords for an account and was stopped (its address partly masked). */
export interface BlockedSignIn {
  at: string
  source: string
}

/** GET /v1/admin/staff: the accounts an admin looks after. */
export interface StaffAccountView {
  username: string
  displayName: string
  role: (typeof STAFF_ROLES)[number]
  scope: Extract<Me, { kind: 'staff' }>['scope']
  disabled: boolean
  passwordChangedAt?: string
  lastBlockedSignIn?: BlockedSignIn
}
export type PasswordChangeBody = v.InferOutput<typeof PasswordChangeBody>
