import { describe, expect, it } from 'vitest'
import { HttpError } from '../http/errors'
import { CURSOR_LIFETIME_MS, CursorSealer } from './cursor'

const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk']
const key = { pk: 'STATION#a', sk: 'STATION', gsi1pk: 'STATIONS#pingjiang', gsi1sk: '3#a' }
const SCOPE = 'stations.list|anonymous|{"street":"pingjiang"}'

function sealer(now = () => Date.parse('2026-12-06T02:00:00Z'), secret = 'cursor-test-key') {
  return new CursorSealer(async () => secret, now)
}
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.unreachable('a cursor that should be refused was opened'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(HttpError)
  expect((error as HttpError).status).toBe(400)
  expect((error as HttpError).errors?.[0]?.path).toBe('query.cursor')
}

describe('cursors', () => {
  it('round-trips a LastEvaluatedKey through an opaque url-safe token, in its own scope', async () => {
    const cursors = sealer().bind(SCOPE)
    const cursor = (await cursors.seal(key))!
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(await cursors.open(cursor, keys)).toEqual(key)
  })

  it('has no cursor after the last page', async () => {
    const cursors = sealer().bind(SCOPE)
    expect(await cursors.seal(undefined)).toBeUndefined()
    expect(await cursors.open(undefined, keys)).toBeUndefined()
  })

  it('refuses a cursor made up or changed: no signature, a forged one, a changed position, padding or junk', async () => {
    const cursors = sealer().bind(SCOPE)
    const real = Buffer.from((await cursors.seal(key))!, 'base64url')
    const signature = real.subarray(0, 18)
    const forged = (position: unknown) =>
      Buffer.concat([signature, Buffer.from(JSON.stringify({ p: position, e: 9e15 }))]).toString('base64url')
    await refused(cursors.open(base64({ p: key, e: Date.now() + 1e9 }), keys))
    await refused(cursors.open(forged({ pk: 1, sk: 2, gsi1pk: 3, gsi1sk: 4 }), keys))
    await refused(cursors.open(forged({ ...key, pk: 'STATION#b' }), keys))
    const flipped = Buffer.from(real)
    flipped[3] = flipped[3]! ^ 1
    await refused(cursors.open(flipped.toString('base64url'), keys))
    await refused(cursors.open(`${real.toString('base64url')}AA`, keys))
    await refused(cursors.open(`${real.toString('base64url')}==`, keys))
    await refused(cursors.open('not-a-cursor', keys))
    await refused(cursors.open('', keys))
  })

  it('opens only in the scope it was sealed in: not another route, person or filter, nor under another key', async () => {
    const real = (await sealer().bind(SCOPE).seal(key))!
    await refused(sealer().bind('inbox.list|user:u-1|{}').open(real, keys))
    await refused(sealer().bind('stations.list|anonymous|{"street":"canglang"}').open(real, keys))
    await refused(sealer(undefined, 'another-key').bind(SCOPE).open(real, keys))
  })

  it('refuses a cursor older than a day', async () => {
    let now = Date.parse('2026-12-06T02:00:00Z')
    const cursors = sealer(() => now).bind(SCOPE)
    const cursor = (await cursors.seal(key))!
    now += CURSOR_LIFETIME_MS - 1
    expect(await cursors.open(cursor, keys)).toEqual(key)
    now += 2
    await refused(cursors.open(cursor, keys))
  })

  it('checks the position holds exactly the index’s key attributes, even when signed', async () => {
    const cursors = sealer().bind(SCOPE)
    for (const position of [
      { pk: 'a', sk: 'b', gsi2pk: 'c', gsi2sk: 'd' },
      { pk: 'a', sk: 'b', gsi1pk: 'c' },
      { ...key, sk: { S: 'x' } },
      [1, 2],
    ]) {
      await refused(cursors.open((await cursors.seal(position as Record<string, unknown>))!, keys))
    }
  })
})
