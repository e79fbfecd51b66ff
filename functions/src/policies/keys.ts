import type { Policy } from '@doorstep/shared'

/**
 * Policies in the catalog table.
 *   get by id      pk = POLICY#<id>, sk = POLICY
 *   list all       gsi2: gsi2pk = POLICIES, gsi2sk = <id>   (the search index is built from this read)
 */
export function toPolicyItem(policy: Policy) {
  return {
    ...policy,
    pk: `POLICY#${policy.id}`,
    sk: 'POLICY',
    gsi2pk: 'POLICIES',
    gsi2sk: policy.id,
    entity: 'policy' as const,
  }
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi2pk', 'gsi2sk', 'entity', 'seedHash'] as const

export function fromPolicyItem(item: Record<string, unknown>): Policy {
  const policy = { ...item }
  for (const attribute of KEY_ATTRIBUTES) delete policy[attribute]
  return policy as Policy
}

/**
 * The policy set's version: a counter every admin write bumps. Search caches its index with the version it was
 * built from and rebuilds when this moves.
 */
export const POLICY_SET_VERSION_KEY = { pk: 'POLICIES#VERSION', sk: 'VERSION' } as const
