import {
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_IDS,
  SUB_DISTRICT_IDS,
  subDistrictName,
  type MessageArea,
  type MessageDashboard,
  shanghaiWeekStart,
} from '@doorstep/shared'
import { toCsv } from '../core/csv/to-csv'
import type { MessageRecord } from './keys'

/** What the dashboard reads of a message (the repository's dashboard projection). */
export type DashboardRecord = Pick<
  MessageRecord,
  | 'id'
  | 'trackingNo'
  | 'category'
  | 'title'
  | 'subDistrict'
  | 'stationId'
  | 'status'
  | 'submittedAt'
  | 'audit'
  | 'rating'
  | 'meToo'
  | 'demand'
>

export const TOP_ME_TOO = 10
const HOUR_MS = 60 * 60 * 1000

const areaOf = (message: Pick<DashboardRecord, 'subDistrict'>): MessageArea => message.subDistrict ?? 'district'
const AREA_ORDER: readonly MessageArea[] = [...SUB_DISTRICT_IDS, 'district']
const byArea = (a: MessageArea, b: MessageArea) => AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b)
const byCategory = (a: string, b: string) =>
  (MESSAGE_CATEGORY_IDS as readonly string[]).indexOf(a) - (MESSAGE_CATEGORY_IDS as readonly string[]).indexOf(b)
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Hours from arrival to the first answer (a later answer after a reopen does not count); undefined if never answered. */
export function hoursToFirstAnswer(message: Pick<DashboardRecord, 'submittedAt' | 'audit'>): number | undefined {
  const reply = message.audit.find((entry) => entry.action === 'reply')
  return reply ? (Date.parse(reply.at) - Date.parse(message.submittedAt)) / HOUR_MS : undefined
}

/** Messages per ISO week × category × area, only combinations that occurred, oldest week first. */
export function countByTopicWeek(messages: readonly DashboardRecord[], weeks: readonly string[]): MessageDashboard['byTopicWeek'] {
  const wanted = new Set(weeks)
  const counts = new Map<string, MessageDashboard['byTopicWeek'][number]>()
  for (const message of messages) {
    const week = shanghaiWeekStart(new Date(message.submittedAt))
    if (!wanted.has(week)) continue
    const key = `${week}|${message.category}|${areaOf(message)}`
    const row = counts.get(key) ?? { week, category: message.category, subDistrict: areaOf(message), count: 0 }
    row.count++
    counts.set(key, row)
  }
  return [...counts.values()].sort(
    (a, b) => a.week.localeCompare(b.week) || byCategory(a.category, b.category) || byArea(a.subDistrict, b.subDistrict),
  )
}

/** Median hours to the first answer: one row per area, and one per station that messages named. */
export function firstAnswerTimes(messages: readonly DashboardRecord[]): MessageDashboard['firstAnswer'] {
  const groups = new Map<string, { subDistrict: MessageArea; stationId?: string; hours: number[] }>()
  const add = (key: string, group: { subDistrict: MessageArea; stationId?: string }, hours: number) => {
    const entry = groups.get(key) ?? { ...group, hours: [] }
    entry.hours.push(hours)
    groups.set(key, entry)
  }
  for (const message of messages) {
    const hours = hoursToFirstAnswer(message)
    if (hours === undefined) continue
    const area = areaOf(message)
    add(area, { subDistrict: area }, hours)
    if (message.stationId) add(`${area}|${message.stationId}`, { subDistrict: area, stationId: message.stationId }, hours)
  }
  return [...groups.values()]
    .sort((a, b) => byArea(a.subDistrict, b.subDistrict) || (a.stationId ?? '').localeCompare(b.stationId ?? ''))
    .map(({ hours, ...group }) => ({ ...group, medianHours: round(median(hours)!, 1), answered: hours.length }))
}

/** The mean 好差评 score (1–5, two decimals) of the rated messages. */
export function satisfaction(messages: readonly DashboardRecord[]): MessageDashboard['satisfaction'] {
  const scores = messages.flatMap((m) => (m.rating ? [m.rating.score] : []))
  return { average: scores.length ? round(scores.reduce((sum, s) => sum + s, 0) / scores.length, 2) : null, count: scores.length }
}

export function topMeToo(messages: readonly DashboardRecord[]): MessageDashboard['topMeToo'] {
  return messages
    .filter((m) => (m.meToo ?? 0) > 0)
    .sort((a, b) => (b.meToo ?? 0) - (a.meToo ?? 0) || b.submittedAt.localeCompare(a.submittedAt) || a.id.localeCompare(b.id))
    .slice(0, TOP_ME_TOO)
    .map((m) => ({
      id: m.id,
      trackingNo: m.trackingNo,
      title: m.title,
      category: m.category,
      subDistrict: m.subDistrict,
      meToo: m.meToo ?? 0,
      status: m.status,
    }))
}

/** Messages staff tagged as demands, latest tag first. */
export function demands(messages: readonly DashboardRecord[]): MessageDashboard['demands'] {
  return messages
    .flatMap((m) => (m.demand ? [{ m, demand: m.demand }] : []))
    .sort((a, b) => b.demand.taggedAt.localeCompare(a.demand.taggedAt) || a.m.id.localeCompare(b.m.id))
    .map(({ m, demand }) => ({
      id: m.id,
      trackingNo: m.trackingNo,
      title: m.title,
      category: m.category,
      serviceId: demand.serviceId,
      topic: demand.topic,
      taggedAt: demand.taggedAt,
    }))
}

/** The whole dashboard over the messages submitted in `weeks` (Mondays, oldest first). */
export function aggregateDashboard(messages: readonly DashboardRecord[], weeks: readonly string[]): MessageDashboard {
  const inWindow = messages.filter((m) => weeks.includes(shanghaiWeekStart(new Date(m.submittedAt))))
  return {
    weeks: [...weeks],
    byTopicWeek: countByTopicWeek(inWindow, weeks),
    topMeToo: topMeToo(inWindow),
    firstAnswer: firstAnswerTimes(inWindow),
    satisfaction: satisfaction(inWindow),
    demands: demands(inWindow),
  }
}

const CATEGORY_NAMES: Record<string, string> = Object.fromEntries(MESSAGE_CATEGORIES.map((c) => [c.id, c.name]))
const areaName = (area: MessageArea) => (area === 'district' ? '区级（未选街道）' : subDistrictName(area))

/** The byTopicWeek rows as a spreadsheet: 周, 类别, 街道, 留言数 (UTF-8 with BOM, so Excel reads the Chinese). */
export function dashboardCsv(dashboard: Pick<MessageDashboard, 'byTopicWeek'>): string {
  const rows = dashboard.byTopicWeek.map((row) => [
    row.week,
    CATEGORY_NAMES[row.category] ?? row.category,
    areaName(row.subDistrict),
    row.count,
  ])
  return `\uFEFF${toCsv([['周', '类别', '街道', '留言数'], ...rows])}`
}
