/**
 * The date-sensitive suites, run again as if today were each of a few awkward days: the last minute of a year, the
 * first of the next, a day inside 春节 (with no official schedule bundled for that year), a leap day, and a day
 * years ahead. Every process of a run — vitest, the local stack, serverless-offline's handlers — reads the shifted
 * clock (scripts/clock). Prints one row per day; exits non-zero if any day fails.
 *
 *   npx tsx scripts/test-dates.ts            every day below
 *   npx tsx scripts/test-dates.ts 2027-01-01T00:00:00+08:00
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { clockShiftEnv } from './clock/shift'
import { repoRoot } from './local-stack/paths'

export const DAYS: readonly { day: string; why: string }[] = [
  { day: '2026-12-31T23:59:00+08:00', why: 'the last minute of 2026' },
  { day: '2027-01-01T00:00:00+08:00', why: '元旦 2027, past the bundled calendar' },
  { day: '2027-02-08T10:00:00+08:00', why: 'inside 春节 2027' },
  { day: '2028-02-29T12:00:00+08:00', why: 'a leap day' },
  { day: '2030-06-01T09:30:00+08:00', why: 'years ahead' },
]

/**
 * What reads the clock: the shared rules (working days, opening hours, timings), the functions' pure units around
 * them, the pages that compare dates with today or write a date (its year is said only when it is not this year's), and the API slices that date or count (sessions and sign-up
 * deadlines, answer deadlines and escalation, open now, registration reminders, the calendar itself).
 */
const PROJECTS = ['shared', 'functions', 'miniapp', 'functions-int']
const FILES = [
  'shared/src',
  'functions/src/seed',
  'functions/src/calendar',
  'functions/src/inbox/notifier',
  'functions/src/services',
  'functions/src/enrollments/enrollments.int',
  'functions/src/messages/messages.int',
  'functions/src/messages/escalation',
  'functions/src/messages/dashboard',
  'functions/src/stations/stations-near',
  'functions/src/companies/deadline-reminders',
  'functions/src/companies/case-view',
  'miniapp/src/packages/services/pages/detail',
  'miniapp/src/packages/staff/pages/queue',
  'miniapp/src/packages/stations/pages/detail',
  'miniapp/src/packages/business/pages/case',
  'miniapp/src/packages/business/pages/mine',
  'miniapp/src/packages/business/pages/employees',
  'miniapp/src/packages/staff/pages/desk-case',
  'miniapp/src/packages/policies/pages/detail',
  'miniapp/src/features/messages/format',
]

function main() {
  const days = process.argv.length > 2 ? process.argv.slice(2).map((day) => ({ day, why: 'given' })) : DAYS
  const rows: string[][] = []
  let failed = false
  for (const { day, why } of days) {
    const started = Date.now()
    const result = spawnSync('npx', ['vitest', 'run', ...PROJECTS.flatMap((p) => ['--project', p]), ...FILES], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...clockShiftEnv(day), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    })
    const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') // eslint-disable-line no-control-regex -- strips vitest's colour codes
    const files = /Test Files\s+(.+)/.exec(output)?.[1]?.trim() ?? '?'
    const tests = /Tests\s+(.+)/.exec(output)?.[1]?.trim() ?? '?'
    const ok = result.status === 0
    if (!ok) {
      failed = true
      const log = join(repoRoot, '.tmp', `test-dates-${day.slice(0, 16).replace(/:/g, '')}.log`)
      mkdirSync(dirname(log), { recursive: true })
      writeFileSync(log, output)
      console.log(
        output
          .split('\n')
          .filter((line) => /FAIL|AssertionError|Error:/.test(line))
          .slice(0, 40)
          .join('\n'),
      )
      console.log(`(the whole run: ${log})`)
    }
    rows.push([day, why, files, tests, `${((Date.now() - started) / 1000).toFixed(1)} s`, ok ? '✔' : '✖'])
  }
  printTable(['today (Asia/Shanghai)', 'why', 'test files', 'tests', 'time', 'ok'], rows)
  process.exit(failed ? 1 : 0)
}

function printTable(header: string[], rows: string[][]) {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`
  console.log(line(header))
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const row of rows) console.log(line(row))
}

main()
