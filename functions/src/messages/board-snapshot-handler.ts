import { logger } from '../core/log/logger'
import { rebuildSnapshot } from '../core/snapshots/live-index'
import { boardSet, boardSnapshots } from './board-wiring'

/** Runs on the `schedule` event in serverless.yml: the board's snapshot, rebuilt from the table. */
export async function saveBoardSnapshot() {
  const saved = await rebuildSnapshot(boardSet, boardSnapshots, () => new Date())
  logger.info('board snapshot rebuilt', saved)
  return saved
}
