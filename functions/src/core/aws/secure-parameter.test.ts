import { describe, expect, it } from 'vitest'
import { SecureParameters } from './secure-parameter'

function parameterStore() {
  const reads: string[] = []
  let failing = false
  let value = 'v1'
  const read = async (name: string) => {
    reads.push(name)
    if (failing) throw Object.assign(new Error('InternalServerError'), { name: 'InternalServerError' })
    return { Parameter: { Name: name, Value: value }, $metadata: {} }
  }
  return { reads, read, fail: (on: boolean) => (failing = on), rotate: (next: string) => (value = next) }
}

describe('SecureParameters', () => {
  it('reads a parameter once for many callers, and again after its time to live', async () => {
    const store = parameterStore()
    let now = 0
    const parameters = new SecureParameters(store.read, 60_000, () => now)
    expect(await Promise.all([parameters.get('/p'), parameters.get('/p'), parameters.get('/p')])).toEqual(['v1', 'v1', 'v1'])
    expect(store.reads).toEqual(['/p'])
    store.rotate('v2')
    now = 59_999
    expect(await parameters.get('/p')).toBe('v1')
    now = 60_000
    expect(await parameters.get('/p')).toBe('v2')
    expect(store.reads).toHaveLength(2)
  })

  it('never keeps a failure: the first read after SSM recovers succeeds, without a restart', async () => {
    const store = parameterStore()
    const parameters = new SecureParameters(store.read)
    store.fail(true)
    await expect(parameters.get('/p')).rejects.toThrow('InternalServerError')
    await expect(parameters.get('/p')).rejects.toThrow('InternalServerError')
    store.fail(false)
    expect(await parameters.get('/p')).toBe('v1')
    expect(store.reads).toHaveLength(3)
  })

  it('refuses an empty parameter', async () => {
    const parameters = new SecureParameters(async () => ({ Parameter: { Name: '/p', Value: '' }, $metadata: {} }))
    await expect(parameters.get('/p')).rejects.toThrow('/p is empty')
  })
})
