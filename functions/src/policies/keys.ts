import type { Policy } from '@doorstep/shared'
import { policyKey } from '../catalog/keys'

/**
 * A policy as its item stores it: the public record plus `searchPinyin`, the toneless pinyin of each CJK
 * character of its title and keywords, space-separated (search/pinyin-readings.ts). Worked out on every write so
 * the search Lambda needs no pinyin dictionary. Never part of an API response: `fromPolicyItem` drops it.
 */
export type SearchablePolicy = Policy & { searchPinyin: string }

/**
 * Version of what a policy item holds beyond its seed record, hashed with the record by the seeder so items
 * written before a change are rewritten. 2: `searchPinyin`.
 */
export const POLICY_ITEM_VERSION = 2

/**
 * Policies in the catalog table.
 *   get by id      pk = POLICY#<id>, sk = POLICY
 *   list all       gsi2: gsi2pk = POLICIES, gsi2sk = <id>   (the search index is built from this read)
 */
export const ALL_POLICIES = 'POLICIES'

export function toPolicyItem(policy: SearchablePolicy) {
  return {
    ...policy,
    ...policyKey(policy.id),
    gsi2pk: ALL_POLICIES,
    gsi2sk: policy.id,
    entity: 'policy' as const,
  }
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi2pk', 'gsi2sk', 'entity', 'seedHash'] as const

export function fromSearchableItem(item: Record<string, unknown>): SearchablePolicy {
  const policy = { ...item }
  for (const attribute of KEY_ATTRIBUTES) delete policy[attribute]
  // An item written before `searchPinyin` existed is still found by Chinese queries until it is rewritten.
  return { searchPinyin: '', ...policy } as SearchablePolicy
}

export function fromPolicyItem(item: Record<string, unknown>): Policy {
  const { searchPinyin: _searchPinyin, ...policy } = fromSearchableItem(item)
  return policy
}

/**
 * The policy set's version: a counter every admin write bumps. Search caches its index with the version it was
 * built from and rebuilds when this moves.
 */
export const POLICY_SET_VERSION_KEY = { pk: 'POLICIES#VERSION', sk: 'VERSION' } as const

/**
 * The change feed of the policy set: one item per admin write, written before the policy itself, so a reader that
 * catches up re-reads every policy written since (with an overlap: see CHANGE_OVERLAP_MS), edits in place.
 *   changes since     pk = POLICIES#CHANGES, sk > <ISO time>   (strongly consistent Query; TTL after 7 days)
 */
export const POLICY_CHANGES = 'POLICIES#CHANGES'
export const CHANGE_RETENTION_SECONDS = 7 * 24 * 3600

export const changeKey = (at: string, id: string) => ({ pk: POLICY_CHANGES, sk: `${at}#${id}` })
