import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { logger } from '../core/log/logger'
import { SnapshotStore } from '../core/snapshots/snapshot-store'
import { livePolicyIndex } from './live-policy-index'
import { PolicyRepository } from './repository'

export const policyRepository = new PolicyRepository(db, tableName('catalog'))

/** Module scope: the index survives between invocations of a warm Lambda. */
export const policyIndex = livePolicyIndex(policyRepository, new SnapshotStore(db, tableName('snapshots')), logger)
