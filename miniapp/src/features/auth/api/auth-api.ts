import { endpoints, pathTo } from '@doorstep/shared'
import type { Me, PasswordChangeBody, Session } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export interface StaffCredentials {
  username: string
  password: string
}

/** `code` comes from Taro.login() (or the WeChat stand-in's wx.login for a test person); a nickname names a new account. */
export function signInWithWeChat(client: HttpClient, code: string, nickname?: string): Promise<Session> {
  return client.post<Session>(pathTo(endpoints.authWeChat), nickname ? { code, nickname } : { code }, { anonymous: true })
}

export function signInStaff(client: HttpClient, credentials: StaffCredentials): Promise<Session> {
  return client.post<Session>(pathTo(endpoints.authStaff), credentials, { anonymous: true })
}

/** The last staff token, even one expired within its working day, for a fresh one; 401 sends staff to sign-in. */
export function renewStaffSession(client: HttpClient, token: string): Promise<Session> {
  return client.post<Session>(pathTo(endpoints.authRenew), {}, { anonymous: true, headers: { Authorization: `Bearer ${token}` } })
}

export function fetchMe(client: HttpClient): Promise<Me> {
  return client.get<Me>(pathTo(endpoints.authMe))
}

/** Staff: the current password again and the new one; the answer is a fresh session (every other one has ended). */
export function changeStaffPassword(client: HttpClient, body: PasswordChangeBody): Promise<Session> {
  return client.post<Session>(pathTo(endpoints.authChangePassword), body)
}
