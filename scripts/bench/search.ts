/**
 * `npm run bench:search`: the policy search on 10,000 generated policies — index build time and memory, query
 * latency over a fixed query set, and the same queries through a naive scan-and-filter baseline.
 * Goal: p95 ≤ 20 ms and at least 10× faster than the baseline. Prints tables; not a timed test.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Policy } from '@doorstep/shared'
import { withSearchPinyin } from '../../functions/src/policies/search/pinyin-readings'
import { createPolicyIndex, toHit } from '../../functions/src/policies/search/policy-index'
import { repoRoot } from '../local-stack/paths'
import { generatePolicies } from './generate-policies'
import { createNaiveSearch } from './naive-search'

const POLICY_COUNT = 10_000
const ROUNDS = 30
const PAGE = 20
const TODAY = '2026-11-25'
/** What residents type: topics, colloquial words, pinyin in full and as initials, a pinyin typo, a question. */
const QUERIES = [
  '失业金',
  '创业 贷款',
  'shebao',
  'sb',
  '社保卡',
  '灵活就业',
  '技能补贴',
  '人才落户',
  'shebo',
  '社保',
  '退休',
  '公积金 提取',
  '劳动仲裁',
  '工伤认定',
  'yanglao',
  '生育津贴',
  '卡',
  '我失业了怎么领钱',
  '异地 医保',
  '企业 招人 补贴',
]

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const seeds: Policy[] = JSON.parse(readFileSync(join(repoRoot, 'data', 'seed', 'policies.json'), 'utf8'))
// The pinyin is worked out as a write would (seeder, admin edit), not as part of building the index.
const writeStarted = performance.now()
const policies = generatePolicies(seeds, POLICY_COUNT).map(withSearchPinyin)
const writeMs = performance.now() - writeStarted

function heapAfterGc() {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

const heapBefore = heapAfterGc()
const buildStarted = performance.now()
const index = createPolicyIndex(policies)
const buildMs = performance.now() - buildStarted
const indexBytes = heapAfterGc() - heapBefore

const naive = createNaiveSearch(policies)

/** One query as the API answers it: rank everything, then shape the first page with highlights. */
const indexed = (q: string) =>
  index
    .search(q, {}, TODAY)
    .slice(0, PAGE)
    .map((r) => toHit(r, TODAY))
const baseline = (q: string) => naive(q, TODAY, PAGE)

/** Both engines, query by query in turn, so a busy machine slows them alike. Sorted milliseconds per engine. */
function measure(engines: ((q: string) => unknown)[]): number[][] {
  for (const run of engines) for (const q of QUERIES) run(q) // warm-up
  const times = engines.map(() => [] as number[])
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      engines.forEach((run, i) => {
        const started = performance.now()
        run(q)
        times[i]!.push(performance.now() - started)
      })
    }
  }
  return times.map((t) => t.sort((a, b) => a - b))
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const ms = (value: number) => `${value.toFixed(2)} ms`

function table(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${title}\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`)
  for (const row of rows) console.log(line(row))
}

const [fast, slow] = measure([indexed, baseline]) as [number[], number[]]
const ratio = (p: number) => `${(percentile(slow, p) / percentile(fast, p)).toFixed(1)}×`

table(
  `Policy search index — ${POLICY_COUNT.toLocaleString('en')} generated policies`,
  ['metric', 'value'],
  [
    ['pinyin readings at write time (all policies)', ms(writeMs)],
    ['index build time', ms(buildMs)],
    ['index memory (heap after build − before)', `${(indexBytes / 1024 / 1024).toFixed(1)} MB`],
    ['queries', `${QUERIES.length} × ${ROUNDS} rounds = ${fast.length} per engine`],
    ['machine load (1-minute average)', loadavg()[0]!.toFixed(1)],
  ],
)
table(
  'Query latency (rank all matches + first page of 20 with highlights)',
  ['engine', 'p50', 'p95', 'p99'],
  [
    ['MiniSearch index', ms(percentile(fast, 50)), ms(percentile(fast, 95)), ms(percentile(fast, 99))],
    ['naive scan-and-filter', ms(percentile(slow, 50)), ms(percentile(slow, 95)), ms(percentile(slow, 99))],
    ['baseline ÷ index', ratio(50), ratio(95), ratio(99)],
  ],
)
const share = (q: string) => `${((100 * index.search(q, {}, TODAY).length) / POLICY_COUNT).toFixed(1)}%`
table(
  'Share of the library each query matches',
  ['query', 'matches'],
  QUERIES.map((q) => [q, share(q)]),
)
const p95 = percentile(fast, 95)
const speedup = percentile(slow, 95) / p95
console.log(
  `\nGoal p95 ≤ 20 ms: ${p95 <= 20 ? 'met' : 'NOT met'} · goal ≥ 10× faster than the baseline (p95): ${speedup >= 10 ? 'met' : 'NOT met'}`,
)
