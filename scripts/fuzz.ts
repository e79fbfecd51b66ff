/**
 * `npm run fuzz`: the suite's fuzz test, longer. FUZZ_RUNS hostile requests (default 10,000) over every route of
 * serverless.yml against a fresh local stack (serverless-offline + in-memory dynalite + the stand-ins), from the
 * generator in functions/test/fuzz/requests.ts. FUZZ_SEED repeats a run (a random one is printed otherwise).
 * Prints, per route and in total, how many were sent, the answers by class, failures and latency; exits 1 on any
 * failure (a 5xx, or a 4xx that is not problem+json naming its fields).
 */
import type { StaffRole, StaffScope } from '@doorstep/shared'
import fc from 'fast-check'
import { loadavg } from 'node:os'
import { describeFailure, hostileRequests, problemWith, send, type FuzzCallers } from '../functions/test/fuzz/requests'
import { FRESH_STAFF_PASSWORD, newStaff } from '../functions/test/staff'
import { freePort } from './local-stack/free-port'
import { readServerlessConfig, routesOf } from './local-stack/serverless-config'
import { startStack } from './local-stack/stack'
import { standInLoginCode } from './stand-ins/login-code'

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const AT_ONCE = 6

interface RouteFigures {
  sent: number
  ok: number
  clientErrors: number
  serverErrors: number
  failures: number
  ms: number[]
}

async function main() {
  const stack = await startStack({ stage: 'test', api: { port: await freePort(), lambdaPort: await freePort() } })
  try {
    Object.assign(process.env, stack.env)
    const api = stack.api!.url
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`)
      return (await res.json()) as { token: string }
    }
    const staff = async (role: StaffRole, scope: StaffScope) => {
      const username = await newStaff(FRESH_STAFF_PASSWORD, { role, scope })
      return (await post('/v1/auth/staff', { username, password: FRESH_STAFF_PASSWORD })).token
    }
    const callers: FuzzCallers = {
      user: (await post('/v1/auth/wechat', { code: await standInLoginCode(stack.weChat.url, 'fuzz-resident') })).token,
      answerer: await staff('answerer', { kind: 'subDistrict', id: 'pingjiang' }),
      desk: await staff('desk', { kind: 'subDistrict', id: 'sujin' }),
      admin: await staff('admin', { kind: 'district' }),
    }
    const routes = routesOf(await readServerlessConfig('test'))
    const requests = fc.sample(hostileRequests(routes, callers), { seed: SEED, numRuns: RUNS })

    const figures = new Map<string, RouteFigures>(
      routes.map((route) => [route, { sent: 0, ok: 0, clientErrors: 0, serverErrors: 0, failures: 0, ms: [] }]),
    )
    const statuses = new Map<number, number>()
    const failures: string[] = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        for (let i = next++; i < requests.length; i = next++) {
          const request = requests[i]!
          const answer = await send(api, request, '127.0.0.99')
          const route = figures.get(request.route)!
          route.sent++
          route.ms.push(answer.ms)
          if (answer.status >= 500) route.serverErrors++
          else if (answer.status >= 400) route.clientErrors++
          else route.ok++
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
          const problem = problemWith(answer)
          if (problem) {
            route.failures++
            failures.push(describeFailure(i, request, problem))
          }
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000

    const pct = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b)
      return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0) : '-'
    }
    const rows = [...figures].sort(([a], [b]) => a.localeCompare(b))
    const width = Math.max(...rows.map(([route]) => route.length))
    console.log(
      `npm run fuzz — ${RUNS} requests, seed ${SEED}, ${AT_ONCE} at once, ${routes.length} routes, load average ${loadavg()[0]!.toFixed(2)}`,
    )
    console.log(`| ${'route'.padEnd(width)} | sent | 2xx/3xx |  4xx | 5xx | failed | p50 ms | p95 ms |`)
    console.log(`|${'-'.repeat(width + 2)}|------|---------|------|-----|--------|--------|--------|`)
    for (const [route, f] of rows) {
      console.log(
        `| ${route.padEnd(width)} | ${String(f.sent).padStart(4)} | ${String(f.ok).padStart(7)} | ${String(f.clientErrors).padStart(4)} | ${String(f.serverErrors).padStart(3)} | ${String(f.failures).padStart(6)} | ${pct(f.ms, 50).padStart(6)} | ${pct(f.ms, 95).padStart(6)} |`,
      )
    }
    const all = [...figures.values()]
    const sum = (key: 'sent' | 'ok' | 'clientErrors' | 'serverErrors' | 'failures') => all.reduce((n, f) => n + f[key], 0)
    console.log(
      `| ${'all routes'.padEnd(width)} | ${String(sum('sent')).padStart(4)} | ${String(sum('ok')).padStart(7)} | ${String(sum('clientErrors')).padStart(4)} | ${String(sum('serverErrors')).padStart(3)} | ${String(sum('failures')).padStart(6)} | ${pct(
        all.flatMap((f) => f.ms),
        50,
      ).padStart(6)} | ${pct(
        all.flatMap((f) => f.ms),
        95,
      ).padStart(6)} |`,
    )
    console.log(
      `statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    )
    console.log(
      `${(RUNS / seconds).toFixed(1)} requests/s over ${seconds.toFixed(1)} s; routes never reached: ${all.filter((f) => f.sent === 0).length}`,
    )
    if (failures.length > 0) {
      console.log(`\n${failures.length} failed (repeat with FUZZ_SEED=${SEED}); the first 20:`)
      for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`)
      process.exitCode = 1
    } else {
      console.log('no 5xx; every 4xx was problem+json naming its fields')
    }
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
