import { endpoints, pathTo } from '@doorstep/shared'
import type { StaffAccountView } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

/** 账号管理 (district admin): every staff account. */
export function fetchStaffAccounts(client: HttpClient): Promise<{ items: StaffAccountView[] }> {
  return client.get(pathTo(endpoints.authListStaff))
}

/** Disables an account (its sessions end within a minute) or restores it. */
export function setStaffDisabled(client: HttpClient, username: string, disabled: boolean): Promise<StaffAccountView> {
  return client.put(pathTo(endpoints.authChangeStaff, { username }), { disabled })
}
