import { randomUUID } from 'node:crypto'
import { PutCommand } from '@aws-sdk/lib-dynamodb'
import { describe, expect, inject, it } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { createLogger } from '../core/log/logger'
import { LiveIndex, rebuildSnapshot, type LiveIndexOptions } from '../core/snapshots/live-index'
import { SnapshotStore } from '../core/snapshots/snapshot-store'
import { boardSource } from './board-set'
import { toMessageItem, type MessageRecord } from './keys'
import { MessageRepository } from './repository'

/**
 * The board's public set on a real dynalite: restored from the snapshot the scheduled job saves, caught up in
 * place with new answers, and built from the table (saying so) when the snapshot is stale. Its own snapshot name.
 */
const env = inject('stackEnv')
const db = createDocumentClient(inject('dynamoEndpoint'))
const messages = new MessageRepository(db, env.MESSAGES_TABLE!)
const store = new SnapshotStore(db, env.SNAPSHOTS_TABLE!)
const tag = randomUUID().slice(0, 8)
const name = `board-test-${tag}`

/** A rare word per test run, so the search finds only this file's messages. */
const WORD = '鲲鸾鹓雏'

async function answered(title: string, at: Date): Promise<MessageRecord> {
  const id = `msg-${randomUUID()}`
  const record: MessageRecord = {
    id,
    trackingNo: `LY-TEST-${tag}`,
    authorId: `user-${tag}`,
    category: 'social-security',
    title,
    content: `${title} ${tag}`,
    public: true,
    anonymous: true,
    status: 'answered',
    submittedAt: new Date(at.getTime() - 3600_000).toISOString(),
    answerDeadline: at.toISOString(),
    answer: { text: '请到服务站办理', at: at.toISOString(), staffId: 'staff-test' },
    notes: [],
    audit: [],
  }
  await db.send(new PutCommand({ TableName: env.MESSAGES_TABLE!, Item: toMessageItem(record) }))
  return record
}

function live(options: Partial<LiveIndexOptions> & { lines?: string[] } = {}) {
  const { lines = [], ...rest } = options
  const source = boardSource(messages, name)
  const index = new LiveIndex(source, store, {
    now: () => new Date(),
    log: createLogger({}, (line) => lines.push(line), 'info'),
    checkEveryMs: 0,
    catchUpEveryMs: 0,
    reloadEveryMs: Number.POSITIVE_INFINITY,
    snapshotMaxAgeMs: 15 * 60_000,
    ...rest,
  })
  return { index, lines }
}

const found = async (index: LiveIndex<import('./board-set').BoardSet>) =>
  (await index.get()).index.search(`${WORD} ${tag}`).map((hit) => hit.id)

describe('the board set on dynalite', () => {
  it('restores the saved snapshot, then takes a new answer in place, on top of the board', async () => {
    const first = await answered(`${WORD}社保卡`, new Date())
    const saved = await rebuildSnapshot(boardSource(messages, name), store, () => new Date())
    expect(saved.result).toBe('written')

    const { index, lines } = live()
    expect(await found(index)).toEqual([first.id])
    expect(index.readyFrom).toBe('snapshot')
    expect(lines.join('\n')).toContain('restored from its snapshot')
    const set = await index.get()

    const second = await answered(`${WORD}失业金`, new Date(Date.now() + 1000))
    expect((await found(index)).sort()).toEqual([first.id, second.id].sort())
    expect(await index.get()).toBe(set)
    expect((await index.get()).answered[0]!.id).toBe(second.id)
  })

  it('builds from the table, and says so, when the snapshot is older than three missed runs of the job', async () => {
    const { index, lines } = live({ now: () => new Date(Date.now() + 20 * 60_000) })
    expect((await found(index)).length).toBeGreaterThanOrEqual(1)
    expect(index.readyFrom).toBe('table')
    expect(lines.join('\n')).toMatch(/the snapshot is stale/)
  })
})
