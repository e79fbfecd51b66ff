import { describe, expect, it } from 'vitest'
import { UNKNOWN_USER_HASH, hashPassword, verifyPassword } from './password'

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse')
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/)
    expect(await verifyPassword('correct horse', stored)).toBe(true)
    expect(await verifyPassword('correct hors', stored)).toBe(false)
  })

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'))
  })

  it('never accepts anything against the unknown-user hash or a malformed one', async () => {
    expect(await verifyPassword('', UNKNOWN_USER_HASH)).toBe(false)
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
  })
})
