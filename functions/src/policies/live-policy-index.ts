import type { Logger } from '../core/log/logger'
import { LiveIndex, type LiveSource } from '../core/snapshots/live-index'
import type { SnapshotStore } from '../core/snapshots/snapshot-store'
import { packSnapshot, unpackSnapshot } from '../core/snapshots/pack'
import { snapshotFormat } from './search/snapshot-format'
import { CHANGE_RETENTION_SECONDS, POLICY_ITEM_VERSION, type SearchablePolicy } from './keys'
import type { PolicyRepository } from './repository'
import { COMPACT_SNAPSHOT_FORMAT } from './search/compact-index'
import { createPolicyIndex, POLICY_FIELDS, type PolicyIndex } from './search/policy-index'

/** The policy search index's name in the snapshot store. */
export const POLICY_SNAPSHOT = 'policies'

/**
 * The policy library as a LiveIndex keeps it: versioned by the policy set's version, fed by the change items
 * every admin write records (keys.ts POLICY_CHANGES), each change re-read from its policy item and applied in place.
 */
export function policyIndexSource(repository: PolicyRepository, name = POLICY_SNAPSHOT): LiveSource<PolicyIndex> {
  return {
    name,
    format: snapshotFormat(COMPACT_SNAPSHOT_FORMAT, POLICY_FIELDS as never, POLICY_ITEM_VERSION),
    version: () => repository.version(),
    build: async () => createPolicyIndex(await repository.listAll()),
    restore(bytes) {
      const { documents, index } = unpackSnapshot<SearchablePolicy[]>(bytes)
      return createPolicyIndex(documents, { restoreFrom: index })
    },
    snapshot(value) {
      const { policies, index } = value.snapshot()
      return packSnapshot(policies, index)
    },
    async catchUp(value, since) {
      const changed = [...new Set((await repository.changedSince(since)).map((change) => change.id))]
      if (!changed.length) return 0
      const current = new Map((await repository.getMany(changed)).map((policy) => [policy.id, policy]))
      for (const id of changed) {
        const policy = current.get(id)
        if (policy) value.put(policy)
        else value.remove(id)
      }
      return changed.length
    },
  }
}

/**
 * The policy index as the search and admin Lambdas keep it. Each use reads the policy set's version (one GetItem)
 * and, when it moved, applies the changes in place; every 10 minutes it catches up regardless. A snapshot is
 * restored while the changes it needs are still in the feed (a day of margin below their TTL).
 */
export function livePolicyIndex(repository: PolicyRepository, snapshots: SnapshotStore, log: Logger, now: () => Date = () => new Date()) {
  return new LiveIndex(policyIndexSource(repository), snapshots, {
    now,
    log,
    checkEveryMs: 0,
    catchUpEveryMs: 10 * 60_000,
    reloadEveryMs: Number.POSITIVE_INFINITY,
    snapshotMaxAgeMs: (CHANGE_RETENTION_SECONDS - 24 * 3600) * 1000,
  })
}
