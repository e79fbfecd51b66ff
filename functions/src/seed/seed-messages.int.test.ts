import { readFile } from 'node:fs/promises'
import { MessageSample } from '@doorstep/shared'
import * as v from 'valibot'
import { describe, expect, inject, it } from 'vitest'
import { call } from '../../test/http'
import { createDocumentClient } from '../core/db/client'
import { seedSampleMessages } from './seed-messages'

const samples = v.parse(
  v.array(MessageSample),
  JSON.parse(await readFile(new URL('../../../data/seed/messages.json', import.meta.url), 'utf8')),
)

describe('seedSampleMessages', () => {
  it('puts every sample on the public board with its answer, once however often it runs', async () => {
    const db = createDocumentClient(inject('dynamoEndpoint'))
    const tables = { messages: inject('stackEnv').MESSAGES_TABLE!, catalog: inject('stackEnv').CATALOG_TABLE! }
    // long before the dashboards' windows, so the shared test table's weekly figures stay each test's own
    const now = new Date('2025-03-03T02:00:00Z')

    expect(await seedSampleMessages(db, tables, samples, now)).toEqual({ written: samples.length, unchanged: 0 })
    expect(await seedSampleMessages(db, tables, samples, now)).toEqual({ written: 0, unchanged: samples.length })

    for (const sample of samples) {
      const found = await call('GET', `/v1/messages?public=1&q=${encodeURIComponent(sample.title)}&category=${sample.category}`)
      const matches = found.body.items.filter((m: { title: string }) => m.title === sample.title)
      expect(matches).toHaveLength(1)
      expect(matches[0]).toMatchObject({
        status: 'answered',
        answer: { text: sample.answer },
        author: sample.anonymous ? '匿名居民' : '居民',
      })
    }
  })
})
