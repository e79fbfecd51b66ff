import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { logger } from '../core/log/logger'
import { LiveIndex } from '../core/snapshots/live-index'
import { SnapshotStore } from '../core/snapshots/snapshot-store'
import { PublicBoard } from './board'
import { boardSource } from './board-set'
import { publicView } from './views'
import { MessageRepository } from './repository'

const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1000

// Its own repository, not wiring.ts's: that module would bring the content check, calendar and stations along.
const messageRepository = new MessageRepository(db, tableName('messages'))

export const boardSnapshots = new SnapshotStore(db, tableName('snapshots'))
export const boardSet = boardSource(messageRepository)

/**
 * The public set, caught up at most every BOARD_CACHE_SECONDS (serverless.yml: 60 in the cloud, 0 in tests) and
 * loaded afresh from the snapshot every BOARD_RELOAD_SECONDS; a snapshot older than BOARD_SNAPSHOT_MAX_AGE_SECONDS
 * (15 minutes in the cloud: three missed runs of the job that saves it every 5; 0 in tests) is not restored.
 */
export const publicBoard = new PublicBoard(
  new LiveIndex(boardSet, boardSnapshots, {
    now: () => new Date(),
    log: logger,
    checkEveryMs: seconds('BOARD_CACHE_SECONDS', 60),
    catchUpEveryMs: seconds('BOARD_CACHE_SECONDS', 60),
    reloadEveryMs: seconds('BOARD_RELOAD_SECONDS', 600),
    snapshotMaxAgeMs: seconds('BOARD_SNAPSHOT_MAX_AGE_SECONDS', 900),
  }),
  async (ids) => (await messageRepository.onBoard(ids)).map(publicView),
)
