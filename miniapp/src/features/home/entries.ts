import { ROUTES } from '@/shared/navigation/routes'
import type { HomeStrings } from './strings'

export type HomeEntryId = 'policies' | 'stations' | 'services' | 'messages' | 'business'

export interface HomeEntry {
  id: HomeEntryId
  /** Absent while the feature is being built: the card shows 建设中 and cannot be tapped. */
  route?: string
}

/** The product's five entries, in the order the district presents them; their words are in ./strings.ts. */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  { id: 'policies', route: ROUTES.policySearch() },
  { id: 'stations', route: ROUTES.stationMap },
  { id: 'services', route: ROUTES.serviceCatalogue },
  { id: 'messages', route: ROUTES.messageBoard },
  { id: 'business', route: ROUTES.myCompanies },
]

/** An entry's title and description; `plain` picks the simpler wording of 长辈模式. */
export function entryText(s: HomeStrings, id: HomeEntryId, plain = false) {
  return { title: s[`${id}Title`], description: plain ? s[`${id}Plain`] : s[`${id}Description`] }
}
