import type { LatLng } from '@doorstep/shared'

/** Located (GCJ-02), or why not: the person said no, or the phone could not tell. */
export type LocateResult = { kind: 'located'; position: LatLng } | { kind: 'denied' } | { kind: 'unavailable' }
