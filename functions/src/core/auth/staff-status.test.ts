import { describe, expect, it } from 'vitest'
import { StaffStatus } from './staff-status'

function accountsTable() {
  const stored: Record<string, { tokenVersion: number; disabled?: boolean; displayName?: string }> = {
    admin: { tokenVersion: 1, displayName: '区人社局管理员' },
  }
  let reads = 0
  const send = async (command: { input: { Key: { pk: string } } }) => {
    reads++
    return { Item: stored[command.input.Key.pk.replace('STAFF#', '')] }
  }
  return { stored, reads: () => reads, db: { send: send as never } }
}

describe('StaffStatus', () => {
  it('reads an account once per half minute, so a disabled account or a new password takes effect within a minute', async () => {
    const table = accountsTable()
    let now = 0
    const status = new StaffStatus(
      table.db,
      () => 'accounts',
      30_000,
      () => now,
    )
    expect(await status.standing('admin')).toEqual({ tokenVersion: 1, disabled: false, displayName: '区人社局管理员' })
    table.stored.admin = { tokenVersion: 2, disabled: true, displayName: '区人社局管理员' }
    now = 29_999
    expect(await status.standing('admin')).toEqual({ tokenVersion: 1, disabled: false, displayName: '区人社局管理员' })
    now = 30_000
    expect(await status.standing('admin')).toEqual({ tokenVersion: 2, disabled: true, displayName: '区人社局管理员' })
    expect(table.reads()).toBe(2)
    expect(await status.standing('nobody')).toBeUndefined()
  })
})
