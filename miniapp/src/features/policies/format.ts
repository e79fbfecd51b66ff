import type { AudienceId, CategoryId, StationKind } from '@doorstep/shared'
import type { names } from '@/shared/i18n/names'

type Names = (typeof names)['zh']

export const categoryNames = (n: Names, ids: readonly CategoryId[]) => n.list(ids.map(n.category))
export const audienceNames = (n: Names, ids: readonly AudienceId[]) => n.list(ids.map(n.audience))
export const stationKindNames = (n: Names, ids: readonly StationKind[]) => n.list(ids.map(n.stationKind))
