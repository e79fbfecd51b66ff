import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import { afterAll, describe, expect, it } from 'vitest'
import { createDocumentClient } from '../../functions/src/core/db/client'
import { startStack } from './stack'

const dataPath = mkdtempSync(join(tmpdir(), 'doorstep-data-'))
afterAll(() => rmSync(dataPath, { recursive: true, force: true }))

describe('local stack data on disk', () => {
  it('keeps every record across a stop and a start, and the second seed writes nothing', async () => {
    const first = await startStack({ stage: 'test', dataPath })
    const table = first.env.CATALOG_TABLE!
    const written = Object.values(first.seedReport).reduce((n, r) => n + r.written, 0)
    expect(written).toBeGreaterThan(200)

    const note = { pk: 'NOTE#restart', sk: 'NOTE', text: `written at ${new Date().toISOString()}` }
    const db1 = createDocumentClient(first.dynamo.endpoint)
    await db1.send(new PutCommand({ TableName: table, Item: note }))
    db1.destroy()
    await first.stop()

    const second = await startStack({ stage: 'test', dataPath })
    try {
      for (const counts of Object.values(second.seedReport)) expect(counts.written).toBe(0)
      const unchanged = Object.values(second.seedReport).reduce((n, r) => n + r.unchanged, 0)
      expect(unchanged).toBe(written)
      const db2 = createDocumentClient(second.dynamo.endpoint)
      const { Item } = await db2.send(new GetCommand({ TableName: table, Key: { pk: note.pk, sk: note.sk } }))
      db2.destroy()
      expect(Item).toEqual(note)
    } finally {
      await second.stop()
    }
  })
})
