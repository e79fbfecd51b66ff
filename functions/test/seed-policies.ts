import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Policy, PolicyUpdateBody } from '@doorstep/shared'

/** The policy seed file the global setup loaded: expectations are computed from it, never typed in. */
export const seededPolicies: Policy[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/seed/policies.json', import.meta.url)), 'utf8'),
)

export function seededPolicy(id: string): Policy {
  const policy = seededPolicies.find((p) => p.id === id)
  if (!policy) throw new Error(`no seeded policy ${id}`)
  return policy
}

/** A policy as an admin edits it: everything but the id and the fields the server stamps. */
export function editablePolicy({ id: _id, verifiedOn: _verifiedOn, sample: _sample, ...editable }: Policy): PolicyUpdateBody {
  return editable
}
