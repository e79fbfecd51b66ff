import type { StaffRole, StaffScope } from '@doorstep/shared'

/** Who is asking, established once at the edge from the bearer token. */
export type Caller =
  | { kind: 'anonymous'; ip: string }
  | { kind: 'user'; userId: string; ip: string }
  | { kind: 'staff'; staffId: string; role: StaffRole; scope: StaffScope; ip: string }

/**
 * Who may call a route, declared next to the route:
 * public — anyone; user — a signed-in resident or company; signed-in — user or staff; staff roles — those roles only.
 */
export type Access = 'public' | 'user' | 'signed-in' | { staff: readonly StaffRole[] }

export type UserCaller = Extract<Caller, { kind: 'user' }>
export type StaffCaller = Extract<Caller, { kind: 'staff' }>

/** The caller a route's handler can meet, given its `access`: the edge has refused everyone else. */
export type CallerFor<A extends Access> = A extends 'public'
  ? Caller
  : A extends 'user'
    ? UserCaller
    : A extends 'signed-in'
      ? UserCaller | StaffCaller
      : StaffCaller
