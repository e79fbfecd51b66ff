import { readFile } from 'node:fs/promises'
import { DevStaffAccount } from '@doorstep/shared'
import * as v from 'valibot'
import type { AccountRepository } from '../auth/account-repository'
import { hashPassword } from '../auth/password'

/** One password for every development account; printed by `npm start`, seeded only by the stacks that run on this machine. */
export const DEV_STAFF_PASSWORD = 'Doorstep-2026'

export async function loadDevStaff(file: string) {
  return v.parse(v.array(DevStaffAccount), JSON.parse(await readFile(file, 'utf8')))
}

/** Creates missing development staff accounts; existing ones (their passwords, their standing) are left alone. */
export async function seedDevStaff(accounts: AccountRepository, staff: v.InferOutput<typeof DevStaffAccount>[]) {
  let created = 0
  for (const account of staff) {
    const passwordHash = await hashPassword(DEV_STAFF_PASSWORD)
    if (await accounts.createStaffIfAbsent({ ...account, passwordHash, tokenVersion: 1 })) created++
  }
  return { created, existing: staff.length - created }
}
