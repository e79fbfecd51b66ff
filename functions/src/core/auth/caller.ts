import type { Access, StaffRole, StaffScope } from '@doorstep/shared'

/** Who is asking, established once at the edge from the bearer token. */
export type Caller =
  | { kind: 'anonymous'; ip: string }
  | { kind: 'user'; userId: string; ip: string }
  | { kind: 'staff'; staffId: string; displayName: string; role: StaffRole; scope: StaffScope; ip: string }

/** Who may call a route: declared in the route catalogue (shared/src/api/endpoints.ts). */
export type { Access }

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
