import { randomUUID } from 'node:crypto'
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { PutCommand } from '@aws-sdk/lib-dynamodb'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { editablePolicy, seededPolicies } from '../../test/seed-policies'
import { createDocumentClient } from '../core/db/client'
import { createLogger } from '../core/log/logger'
import { LiveIndex, type LiveIndexOptions, type LiveSource } from '../core/snapshots/live-index'
import { SnapshotStore } from '../core/snapshots/snapshot-store'
import { PolicyAdminService } from './admin-service'
import { toPolicyItem } from './keys'
import { policyIndexSource } from './live-policy-index'
import { PolicyRepository } from './repository'
import { withSearchPinyin } from './search/pinyin-readings'
import type { PolicyIndex } from './search/policy-index'

/**
 * The policy search index kept current on a real dynalite: restored from its snapshot, edited in place from the
 * change feed, built from the table (and saying so) when the snapshot is missing, stale or of another format.
 * Its own tables, so the API's library is untouched.
 */
const endpoint = inject('dynamoEndpoint')
const db = createDocumentClient(endpoint)
const suffix = randomUUID().slice(0, 8)
const catalog = `live-index-catalog-${suffix}`
const snapshots = `live-index-snapshots-${suffix}`
const TODAY = '2026-11-25'

const repository = new PolicyRepository(db, catalog)
const store = new SnapshotStore(db, snapshots)

beforeAll(async () => {
  const raw = new DynamoDBClient({ endpoint, region: 'ap-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
  const keys = [
    { AttributeName: 'pk', KeyType: 'HASH' as const },
    { AttributeName: 'sk', KeyType: 'RANGE' as const },
  ]
  await raw.send(
    new CreateTableCommand({
      TableName: catalog,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', 'gsi2pk', 'gsi2sk'].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
      KeySchema: keys,
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gsi2',
          KeySchema: [
            { AttributeName: 'gsi2pk', KeyType: 'HASH' },
            { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  )
  await raw.send(
    new CreateTableCommand({
      TableName: snapshots,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk'].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
      KeySchema: keys,
    }),
  )
  for (const policy of seededPolicies) await db.send(new PutCommand({ TableName: catalog, Item: toPolicyItem(withSearchPinyin(policy)) }))
})

/** A source that counts full builds, under a snapshot name of its own. */
function countingSource(name: string) {
  const source = policyIndexSource(repository, name)
  const counted = { builds: 0 }
  const wrapped: LiveSource<PolicyIndex> = {
    ...source,
    build: () => {
      counted.builds++
      return source.build()
    },
  }
  return Object.assign(counted, { source: wrapped })
}

function live(name: string, overrides: Partial<LiveIndexOptions> & { lines?: string[] } = {}) {
  const { lines = [], ...options } = overrides
  const counted = countingSource(name)
  const index = new LiveIndex(counted.source, store, {
    now: () => new Date(),
    log: createLogger({}, (line) => lines.push(line), 'info'),
    checkEveryMs: 0,
    catchUpEveryMs: 10 * 60_000,
    reloadEveryMs: Number.POSITIVE_INFINITY,
    snapshotMaxAgeMs: 6 * 24 * 3600_000,
    ...options,
  })
  return { index, counted, lines }
}

const ids = async (index: LiveIndex<PolicyIndex>, q: string) => (await index.get()).search(q, {}, TODAY).map((r) => r.policy.id)
const admin = (index: LiveIndex<PolicyIndex>) =>
  new PolicyAdminService(
    repository,
    index,
    createLogger({}, () => {}, 'silent'),
  )
const seeded = (id: string) => seededPolicies.find((p) => p.id === id)!

describe('the live policy index on dynalite', () => {
  it('builds from the table when there is no snapshot, says so, and restores the snapshot it saved next time', async () => {
    const first = live('policies-cold')
    expect(await ids(first.index, '创业担保贷款')).toEqual(['pol-startup-loan'])
    expect(first.index.readyFrom).toBe('table')
    expect(first.lines.join('\n')).toContain('the snapshot is missing')
    expect(await first.index.saveSnapshot()).toBe('written')

    const second = live('policies-cold')
    expect(await ids(second.index, '社保')).toEqual(await ids(first.index, '社保'))
    expect(second.index.readyFrom).toBe('snapshot')
    expect(second.counted.builds).toBe(0)
    expect(second.lines.join('\n')).toContain('restored from its snapshot')
  })

  it('takes an admin edit in place: the same index, no rebuild, the edit found at once', async () => {
    const warm = live('policies-edit')
    const editor = live('policies-edit')
    const before = await warm.index.get()
    const edited = seeded('pol-talent-hukou')
    await admin(editor.index).update(edited.id, { ...editablePolicy(edited), title: `人才落户 蓝鲸计划 ${suffix}` }, new Date())

    expect(await ids(warm.index, '蓝鲸计划')).toEqual([edited.id])
    expect(await warm.index.get()).toBe(before)
    expect(warm.counted.builds).toBe(1)

    // the editor saved the snapshot with the edit: a cold start restores it, building nothing
    const cold = live('policies-edit')
    expect(await ids(cold.index, '蓝鲸计划')).toEqual([edited.id])
    expect(cold.counted.builds).toBe(0)
  })

  it('a snapshot saved before an edit is caught up from the change feed when restored', async () => {
    const writer = live('policies-behind')
    await writer.index.saveSnapshot()
    // an edit made elsewhere: the change recorded and the policy written, but this snapshot not saved again
    const created = { ...withSearchPinyin({ ...seeded('pol-startup-loan'), id: `pol-new-${suffix}`, title: `海棠创业贷 ${suffix}` }) }
    await repository.recordChange(created.id, new Date())
    await repository.create(created)
    await repository.bumpVersion()

    const cold = live('policies-behind')
    expect(await ids(cold.index, '海棠创业贷')).toEqual([created.id])
    expect(cold.index.readyFrom).toBe('snapshot')
    expect(cold.counted.builds).toBe(0)
  })

  it('a write announced before a catch-up but landing after it is still applied at the next one', async () => {
    const warm = live('policies-in-flight')
    await warm.index.get()
    const policy = seeded('pol-gig-market')
    await repository.recordChange(policy.id, new Date())
    // the reader catches up between the announcement and the write: it sees the old item
    await repository.bumpVersion()
    expect(await ids(warm.index, '鲲鸾鹓雏')).toEqual([])
    await repository.replace(withSearchPinyin({ ...policy, title: `零工市场 鲲鸾鹓雏 ${suffix}` }))
    await repository.bumpVersion()
    expect(await ids(warm.index, '鲲鸾鹓雏')).toEqual([policy.id])
    expect(warm.counted.builds).toBe(1)
  })

  it('restores a snapshot however old while nothing has been written since', async () => {
    const saver = live('policies-quiet')
    await saver.index.saveSnapshot()
    const later = live('policies-quiet', { now: () => new Date(Date.now() + 30 * 24 * 3600_000) })
    await later.index.get()
    expect(later.index.readyFrom).toBe('snapshot')
  })

  it('builds from the table, saying why, when the snapshot is stale or of another format', async () => {
    const saver = live('policies-old')
    await saver.index.saveSnapshot()
    // a write since, whose change a week later has left the feed
    await repository.bumpVersion()

    const later = live('policies-old', { now: () => new Date(Date.now() + 7 * 24 * 3600_000) })
    await later.index.get()
    expect(later.index.readyFrom).toBe('table')
    expect(later.lines.join('\n')).toMatch(/the snapshot is stale \(synced through /)

    const counted = countingSource('policies-old')
    const otherFormat = new LiveIndex({ ...counted.source, format: counted.source.format + 1 }, store, {
      now: () => new Date(),
      log: createLogger({}, () => {}, 'silent'),
      checkEveryMs: 0,
      catchUpEveryMs: 60_000,
      reloadEveryMs: Number.POSITIVE_INFINITY,
      snapshotMaxAgeMs: 6 * 24 * 3600_000,
    })
    await otherFormat.get()
    expect(otherFormat.readyFrom).toBe('table')
    expect(counted.builds).toBe(1)
  })

  it('never replaces a newer snapshot with an older one', async () => {
    const meta = { syncedThrough: new Date().toISOString(), format: 1, builtAt: new Date().toISOString() }
    expect(await store.write('race', { ...meta, version: 5 }, new Uint8Array([5]), new Date())).toBe('written')
    expect(await store.write('race', { ...meta, version: 4 }, new Uint8Array([4]), new Date())).toBe('superseded')
    expect([...(await store.read('race'))!.bytes]).toEqual([5])
  })

  it('reads a snapshot larger than one item, chunk by chunk', async () => {
    // incompressible bytes, so the gzipped snapshot spans several 350 KB chunks
    const bytes = new Uint8Array(1_200_000).map((_, i) => (i * 2654435761) >>> 24)
    const meta = { version: 1, syncedThrough: new Date().toISOString(), format: 1, builtAt: new Date().toISOString() }
    await store.write('large', meta, bytes, new Date())
    const read = await store.read('large')
    expect(read!.bytes.length).toBe(bytes.length)
    expect(Buffer.from(read!.bytes).equals(Buffer.from(bytes))).toBe(true)
  })
})
