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
