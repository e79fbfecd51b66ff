import { join } from 'node:path'
import { repoRoot } from '../local-stack/paths'
import { offsetTo } from './shift-clock.cjs'

/**
 * The environment that makes every process a test run starts (vitest and its workers, the local stack,
 * serverless-offline's handler threads) read the wall clock as `today`: one offset, computed once here, applied by
 * shift-clock.cjs through NODE_OPTIONS. The browser of the E2E tests gets the same offset (e2e/browser.ts).
 */
export function clockShiftEnv(today: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const preload = `--require=${join(repoRoot, 'scripts', 'clock', 'shift-clock.cjs')}`
  return {
    DOORSTEP_TODAY: today,
    DOORSTEP_CLOCK_OFFSET_MS: String(offsetTo(today)),
    NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
  }
}
