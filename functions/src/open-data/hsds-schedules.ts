import { addCalendarDays, shanghaiMinute, weekdayOfDate, WEEKDAYS, type ServiceSession, type Station, type Weekday } from '@doorstep/shared'
import type { HsdsSchedule, HsdsServiceCapacity, IcalDay } from './hsds-types'
import { hsdsId } from './stable-ids'

/** Suzhou's offset from UTC: fixed all year (no summer time since 1991). */
export const SHANGHAI_UTC_OFFSET_HOURS = 8
const ZONE = '+08:00'

const ICAL_DAYS: Record<Weekday, IcalDay> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }
const DAY_NAMES: Record<Weekday, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' }

/** 周一至周五、周日: runs of three or more days read as a range, as on a door sign. */
export function weekdaysLabel(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const index of indexes) {
    const run = runs.at(-1)
    if (run && run.at(-1) === index - 1) run.push(index)
    else runs.push([index])
  }
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [`${DAY_NAMES[WEEKDAYS[run[0]!]!]}至${DAY_NAMES[WEEKDAYS[run.at(-1)!]!]}`]
        : run.map((i) => DAY_NAMES[WEEKDAYS[i]!]),
    )
    .join('、')
}

/**
 * A station's week as HSDS schedule rows: one row per opening interval, listing every weekday that has it, so
 * "09:00–12:00 and 13:30–17:30 on weekdays, 09:00–12:00 on Saturday" is two rows and a lunch break is the gap
 * between them (HSDS's own worked example splits a day the same way). Holidays cannot be said in RRULE without
 * dates, so the rule from domain/opening-hours goes into `notes`.
 */
export function openingHoursSchedules(station: Pick<Station, 'id' | 'hours'>): HsdsSchedule[] {
  const daysOf = new Map<string, Weekday[]>()
  for (const day of WEEKDAYS) {
    for (const [opens, closes] of station.hours[day]) {
      const key = `${opens}-${closes}`
      daysOf.set(key, [...(daysOf.get(key) ?? []), day])
    }
  }
  const notes = holidayNote(station.hours.holiday)
  // in the order a door sign reads: from the first day each interval is kept, then by the hour
  const firstDay = (days: readonly Weekday[]) => WEEKDAYS.indexOf(days[0]!)
  return [...daysOf.entries()]
    .sort(([a, aDays], [b, bDays]) => firstDay(aDays) - firstDay(bDays) || a.localeCompare(b))
    .map(([key, days]) => {
      const [opens, closes] = key.split('-') as [string, string]
      return {
        id: hsdsId('schedule', `${station.id}/${key}`),
        location_id: hsdsId('location', station.id),
        freq: 'WEEKLY' as const,
        byday: days.map((day) => ICAL_DAYS[day]).join(','),
        opens_at: `${opens}${ZONE}`,
        closes_at: `${closes}${ZONE}`,
        timezone: SHANGHAI_UTC_OFFSET_HOURS,
        description: `${weekdaysLabel(days)} ${opens}–${closes}`,
        notes,
      }
    })
}

function holidayNote(holiday: Station['hours']['holiday']): string {
  const adjusted = '调休上班的周末按周一时间开放'
  if (!holiday?.length) return `法定节假日休息；${adjusted}。`
  return `法定节假日 ${holiday.map(([opens, closes]) => `${opens}–${closes}`).join('、')}；${adjusted}。`
}

/** Sessions still ahead at `now` (Suzhou wall clock, as sessions are dated). */
export function upcomingSessions<T extends Pick<ServiceSession, 'startsAt'>>(sessions: readonly T[], now: Date): T[] {
  const minute = shanghaiMinute(now)
  return sessions.filter((session) => session.startsAt > minute)
}

const datesFrom = (first: string, last: string) => {
  const dates = [first]
  while (dates.at(-1)! < last) dates.push(addCalendarDays(dates.at(-1)!, 1))
  return dates
}

/**
 * One dated session as a schedule of its service at its station. HSDS's frequencies are WEEKLY and MONTHLY only,
 * so a session is a weekly rule bounded by `dtstart` and `until`: exactly its day, or for a course over several
 * days each of its days, from `startsAt`'s time to `endsAt`'s (a course keeps the same hours every day).
 */
export function sessionSchedule(session: ServiceSession): HsdsSchedule {
  const [firstDay, opens] = session.startsAt.split('T') as [string, string]
  const [lastDay, closes] = session.endsAt.split('T') as [string, string]
  const days = datesFrom(firstDay, lastDay).map(weekdayOfDate)
  const span = firstDay === lastDay ? firstDay : `${firstDay} 至 ${lastDay}`
  return {
    id: hsdsId('schedule', `session/${session.id}`),
    service_id: hsdsId('service', session.serviceId),
    location_id: hsdsId('location', session.stationId),
    service_at_location_id: serviceAtLocationId(session.serviceId, session.stationId),
    valid_from: firstDay,
    valid_to: lastDay,
    dtstart: firstDay,
    until: lastDay,
    freq: 'WEEKLY',
    byday: WEEKDAYS.filter((day) => days.includes(day))
      .map((day) => ICAL_DAYS[day])
      .join(','),
    opens_at: `${opens}${ZONE}`,
    closes_at: `${closes}${ZONE}`,
    timezone: SHANGHAI_UTC_OFFSET_HOURS,
    description: `${session.title}：${span} ${opens}–${closes}`,
    attending_type: '到站参加，须提前报名',
    notes: `报名截止 ${session.signUpBy.replace('T', ' ')}（北京时间）；共 ${session.capacity} 个名额。`,
  }
}

export const serviceAtLocationId = (serviceId: string, stationId: string) => hsdsId('service_at_location', `${serviceId}@${stationId}`)

export const SEAT_UNIT = { id: hsdsId('unit', 'seat'), name: '名额' }

/**
 * A session's places as HSDS 3.1's service_capacity: `updated` is when the count was read, because `available`
 * is only true at that moment.
 */
export function sessionCapacity(session: ServiceSession, readAt: Date): HsdsServiceCapacity {
  return {
    id: hsdsId('service_capacity', session.id),
    service_id: hsdsId('service', session.serviceId),
    unit: SEAT_UNIT,
    available: Math.max(0, session.capacity - session.confirmed),
    maximum: session.capacity,
    description: `${session.title}（${session.stationName}，${session.startsAt.replace('T', ' ')}）剩余名额`,
    updated: readAt.toISOString(),
  }
}
