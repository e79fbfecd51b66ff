import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb'
import { describe, expect, it } from 'vitest'
import { batchGetAll } from './batch-get'

/** A table of `count` items keyed pk = K#<n>, whose batch reads hand back `unprocessed` keys of each request as DynamoDB does when throttled. */
function throttledTable(count: number, unprocessed: (request: number, keys: Record<string, unknown>[]) => Record<string, unknown>[]) {
  const requests: number[] = []
  const send = async (command: BatchGetCommand) => {
    const keys = command.input.RequestItems!.t!.Keys as Record<string, unknown>[]
    requests.push(keys.length)
    const left = unprocessed(requests.length, keys)
    const served = keys.filter((k) => !left.includes(k) && Number(String(k.pk).slice(2)) < count)
    return {
      Responses: { t: served.map((k) => ({ ...k, name: `item ${k.pk}` })) },
      UnprocessedKeys: left.length ? { t: { Keys: left } } : {},
      $metadata: {},
    }
  }
  return { requests, db: { send: send as never } }
}
const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: `K#${i}` }))
const noSleep = { sleep: async () => {} }

describe('batchGetAll', () => {
  it('reads in chunks of 100, asking each key once', async () => {
    const table = throttledTable(250, () => [])
    const items = await batchGetAll(table.db, 't', [...keys(250), ...keys(10)], noSleep)
    expect(items).toHaveLength(250)
    expect(table.requests).toEqual([100, 100, 50])
  })

  it('asks again for the keys DynamoDB left unprocessed, backing off between tries, until it has them all', async () => {
    const pauses: number[] = []
    const table = throttledTable(100, (request, asked) => (request <= 2 ? asked.slice(0, 40) : []))
    const items = await batchGetAll(table.db, 't', keys(100), {
      sleep: async (ms) => void pauses.push(ms),
      backoffMs: (retry) => 10 * 2 ** retry,
    })
    expect(items.map((i) => i.pk).sort()).toEqual(
      keys(100)
        .map((k) => k.pk)
        .sort(),
    )
    expect(table.requests).toEqual([100, 40, 40])
    expect(pauses).toEqual([10, 20])
  })

  it('gives up after a bounded number of tries instead of answering with a part', async () => {
    const table = throttledTable(10, (_request, asked) => asked.slice(0, 1))
    await expect(batchGetAll(table.db, 't', keys(10), { ...noSleep, attempts: 3 })).rejects.toThrow(
      '1 keys still unprocessed after 3 tries',
    )
    expect(table.requests).toEqual([10, 1, 1])
  })
})
