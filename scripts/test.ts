/**
 * `npm test`: everything, in the order each step needs the last — types, lint, format, unused code, the deployable template,
 * both app builds, then every vitest project (unit, jsdom pages, dynalite integration, the weapp simulator, staging,
 * browser E2E),
 * then the date-sensitive suites again on fixed days (scripts/test-dates.ts).
 * Extra arguments go to vitest (e.g. `npm test -- --project functions`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from '../e2e/chromium'
import { clockShiftEnv } from './clock/shift'
import { repoRoot, TEST_STAGE_PACKAGE } from './local-stack/paths'
import { packageStage } from './local-stack/serverless-config'
import { ensureBuilt } from './local-stack/web'

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
  })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

async function main() {
  if (!existsSync(chromiumPath())) {
    console.error(`Chromium is missing (looked for ${chromiumPath()}). Install it with:\n  apt-get update && apt-get install -y chromium`)
    process.exit(1)
  }
  run('typecheck', 'npx', ['tsc', '-p', 'shared'])
  run('typecheck functions', 'npx', ['tsc', '-p', 'functions'])
  run('typecheck miniapp', 'npx', ['tsc', '-p', 'miniapp'])
  run('typecheck scripts and e2e', 'npx', ['tsc', '-p', 'scripts'])
  run('typecheck sample data', 'npx', ['tsc', '-p', 'data'])
  run('lint (ESLint: rules, React hooks, feature boundaries)', 'npx', ['eslint', '.'])
  run('format (Prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.'])
  run('unused files, exports and dependencies (knip)', 'npx', ['knip'])
  const packaging = Date.now()
  console.log('\n▶ package (osls package --stage test)')
  await packageStage('test', {}, TEST_STAGE_PACKAGE)
  console.log(`✔ package (osls package --stage test) (${((Date.now() - packaging) / 1000).toFixed(1)} s)`)
  for (const target of ['weapp', 'h5'] as const) {
    const started = Date.now()
    const state = await ensureBuilt(target, console.log)
    console.log(`✔ ${target} build ${state} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
  // DOORSTEP_TODAY=2027-01-01T00:00+08:00 npm test: the whole suite as if run on that day (scripts/clock/shift.ts)
  const today = process.env.DOORSTEP_TODAY
  const shifted = today ? clockShiftEnv(today) : {}
  const on = today ? ` (today is ${today})` : ''
  const extra = process.argv.slice(2)
  if (extra.length > 0) return run(`vitest${on}`, 'npx', ['vitest', 'run', ...extra], shifted)
  // One phase at a time: each stack (dynalite, the stand-ins) lives in vitest's main process, and two cores
  // serve them better in turn than all at once.
  for (const [label, projects] of PHASES) {
    run(`${label}${on}`, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])], shifted)
  }
  if (!today) run('date matrix (the date-sensitive suites on fixed days)', 'npx', ['tsx', 'scripts/test-dates.ts'])
}

const PHASES: [string, string[]][] = [
  ['unit, pages, data and the deployable template', ['shared', 'functions', 'miniapp', 'data', 'stack']],
  ['integration (real handlers, dynalite, the stand-ins)', ['functions-int']],
  ['the compiled weapp in the simulator, on the local stack', ['weapp']],
  ['staging (production configuration)', ['staging']],
  ['browser end to end', ['e2e']],
]

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
