import type { Station, StationSummary } from '@doorstep/shared'
import type { Weekday } from '@doorstep/shared/domain/station-kinds'

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
}

/** "09:00–12:00、13:30–17:30", or 休息 for a closed day. */
export function formatDayHours(intervals: Station['hours'][Weekday]): string {
  if (intervals.length === 0) return '休息'
  return intervals.map(([open, close]) => `${open}–${close}`).join('、')
}

/** "2025-03-01" → "2025年3月1日" */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

export function isFeatured(station: Pick<StationSummary, 'kind' | 'featuredTags'>): boolean {
  return station.kind === 'featured' || station.featuredTags.length > 0
}

/** 850 米 / 1.2 公里: how far, the way people say it. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)} 米`
  return `${(metres / 1000).toFixed(1)} 公里`
}
