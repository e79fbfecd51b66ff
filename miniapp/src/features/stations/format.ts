import type { Station, StationSummary, Weekday } from '@doorstep/shared'
import type { StationStrings } from './strings'

/** "09:00–12:00、13:30–17:30", or 休息 for a closed day. */
export function formatDayHours(intervals: Station['hours'][Weekday], s: StationStrings): string {
  if (intervals.length === 0) return s.closedDay
  return intervals.map(([open, close]) => `${open}–${close}`).join(s.hoursSeparator)
}

export function isFeatured(station: Pick<StationSummary, 'kind' | 'featuredTags'>): boolean {
  return station.kind === 'featured' || station.featuredTags.length > 0
}
