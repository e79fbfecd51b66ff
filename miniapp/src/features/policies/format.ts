import type { AudienceId, CategoryId, StationKind } from '@doorstep/shared'
import { AUDIENCES, SERVICE_CATEGORIES } from '@doorstep/shared/domain/categories'
import { STATION_KINDS } from '@doorstep/shared/domain/station-kinds'

const nameIn = <T extends string>(list: readonly { id: T; name: string }[], id: T) => list.find((item) => item.id === id)?.name ?? id

export const categoryNames = (ids: readonly CategoryId[]) => ids.map((id) => nameIn(SERVICE_CATEGORIES, id)).join('、')
export const audienceNames = (ids: readonly AudienceId[]) => ids.map((id) => nameIn(AUDIENCES, id)).join('、')
export const stationKindNames = (ids: readonly StationKind[]) => ids.map((id) => nameIn(STATION_KINDS, id)).join('、')

/** 2026-11-01 → 2026年11月1日 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
