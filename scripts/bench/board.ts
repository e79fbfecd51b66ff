/**
 * `npm run bench:board`: message submissions against the local API (serverless-offline + in-memory dynalite,
 * as the integration tests run it), a bounded number in flight, with deliberate duplicates: some requests
 * re-send an earlier request's Idempotency-Key and body, as a phone on a bad network does.
 * Prints throughput, p50/p99 latency and the count check: acknowledged = stored, 0 duplicates.
 */
import { randomUUID } from 'node:crypto'
import { loadavg } from 'node:os'
import { freePort } from '../local-stack/free-port'
import { standInLoginCode } from '../stand-ins/login-code'
import { startStack } from '../local-stack/stack'

const RESIDENTS = 20
const UNIQUE = 400
const DUPLICATES = 100
const IN_FLIGHT = 16

interface Attempt {
  token: string
  key: string
  body: unknown
}

async function main() {
  const stack = await startStack({ stage: 'test', api: { port: await freePort(), lambdaPort: await freePort() } })
  try {
    const api = stack.api!.url
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

    const tokens: string[] = []
    for (let i = 0; i < RESIDENTS; i++) {
      const res = await post('/v1/auth/wechat', { code: await standInLoginCode(stack.weChat.url, `bench-board-${i}`) })
      tokens.push(((await res.json()) as { token: string }).token)
    }

    const originals: Attempt[] = Array.from({ length: UNIQUE }, (_, i) => ({
      token: tokens[i % RESIDENTS]!,
      key: `bench-${randomUUID()}`,
      body: {
        category: 'employment',
        title: `求职咨询 ${i}`,
        content: `想了解灵活就业补贴怎么申请（第 ${i} 条）`,
        subDistrict: 'canglang',
        public: i % 2 === 0,
      },
    }))
    const repeats = Array.from({ length: DUPLICATES }, (_, i) => originals[(i * 7) % UNIQUE]!)
    // duplicates spread through the run, so some race their original and some arrive after it
    const attempts = [...originals]
    repeats.forEach((repeat, i) => attempts.splice(Math.floor(((i + 1) * attempts.length) / (DUPLICATES + 1)), 0, repeat))

    // warm every Lambda instance the run will use
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, (_, i) =>
        post('/v1/messages', { bad: i }, { authorization: `Bearer ${tokens[0]}`, 'idempotency-key': `warm-up-${i}-key` }),
      ),
    )

    const latencies: number[] = []
    const statuses = new Map<number, number>()
    const idByKey = new Map<string, string>()
    let mismatches = 0
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < attempts.length) {
          const { token, key, body } = attempts[next++]!
          const sent = performance.now()
          const res = await post('/v1/messages', body, { authorization: `Bearer ${token}`, 'idempotency-key': key })
          const { id } = (await res.json()) as { id?: string }
          latencies.push(performance.now() - sent)
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          if (!id) continue
          if (idByKey.has(key) && idByKey.get(key) !== id) mismatches++
          idByKey.set(key, id)
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000

    let stored = 0
    const storedIds = new Set<string>()
    for (const token of tokens) {
      const res = await fetch(`${api}/v1/me/messages`, { headers: { authorization: `Bearer ${token}` } })
      if (!res.ok) throw new Error(`GET /v1/me/messages answered ${res.status}: ${await res.text()}`)
      const { items } = (await res.json()) as { items: { id: string }[] }
      stored += items.length
      for (const item of items) storedIds.add(item.id)
    }
    const acknowledged = new Set(idByKey.values())
    const sorted = latencies.sort((a, b) => a - b)
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1)

    console.log(
      `bench:board — ${attempts.length} submissions (${UNIQUE} unique + ${DUPLICATES} repeats), ${IN_FLIGHT} in flight, ${RESIDENTS} residents`,
    )
    console.log(`  machine load average ${loadavg()[0]!.toFixed(2)}`)
    console.log(`  throughput  ${(attempts.length / seconds).toFixed(1)} requests/s (${seconds.toFixed(2)} s)`)
    console.log(`  latency     p50 ${pct(50)} ms · p99 ${pct(99)} ms · max ${sorted.at(-1)!.toFixed(1)} ms`)
    console.log(
      `  statuses    ${[...statuses]
        .sort()
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    )
    const sameIds = storedIds.size === acknowledged.size && [...acknowledged].every((id) => storedIds.has(id))
    console.log(
      `  acknowledged ${acknowledged.size} · stored ${stored} · duplicates ${stored - acknowledged.size} · key→id mismatches ${mismatches}`,
    )
    const ok = acknowledged.size === UNIQUE && stored === UNIQUE && sameIds && mismatches === 0
    console.log(ok ? '  count check OK: acknowledged = stored, 0 duplicates' : '  COUNT CHECK FAILED')
    if (!ok) process.exitCode = 1
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
