import { AccountRepository, type StaffAccount } from '../src/auth/account-repository'
import { hashPassword } from '../src/auth/password'
import { createDocumentClient } from '../src/core/db/client'

export const FRESH_STAFF_PASSWORD = 'Right-password-1'

let serial = 0
/** A staff account of the calling test alone (the seeded ones are shared by every file), written straight to the table. */
export async function newStaff(
  password = FRESH_STAFF_PASSWORD,
  { role, scope }: Pick<StaffAccount, 'role' | 'scope'> = { role: 'answerer', scope: { kind: 'subDistrict', id: 'sujin' } },
): Promise<string> {
  const username = `sec-${process.pid}-${Date.now() % 100_000}-${serial++}`
  await new AccountRepository(createDocumentClient(process.env.DYNAMODB_ENDPOINT), process.env.ACCOUNTS_TABLE!).createStaffIfAbsent({
    username,
    displayName: '安全测试员',
    role,
    scope,
    passwordHash: await hashPassword(password),
    tokenVersion: 1,
  })
  return username
}
