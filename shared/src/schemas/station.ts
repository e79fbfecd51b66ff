import * as v from 'valibot'
import { SUB_DISTRICT_IDS } from '../domain/sub-districts'
import { STATION_KIND_IDS, WEEKDAYS, type Weekday } from '../domain/station-kinds'
import { ClockTime, Id, IsoDate, QueryCursor, QueryLimit, SampleFlag, Text } from './common'

const Interval = v.pipe(
  v.tuple([ClockTime, ClockTime]),
  v.check(([open, close]) => open < close, '开始时间须早于结束时间'),
)

/** A day's opening intervals in order; a lunch break is the gap between two intervals. Empty = closed. */
const DayHours = v.pipe(
  v.array(Interval),
  v.maxLength(4),
  v.check((day) => day.every((iv, i) => i === 0 || day[i - 1]![1] <= iv[0]), '时段须按时间先后且不重叠'),
)

export const WeeklyHours = v.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, DayHours])) as Record<Weekday, typeof DayHours>,
)

/** GCJ-02 coordinates (what WeChat's location and map APIs use in mainland China). */
export const GeoPoint = v.object({
  lat: v.pipe(v.number(), v.minValue(18), v.maxValue(54)),
  lng: v.pipe(v.number(), v.minValue(73), v.maxValue(136)),
})

export const Phone = v.pipe(v.string(), v.regex(/^(0\d{2,3}-\d{7,8}|1[3-9]\d{9}|12345)$/, '电话号码格式不正确'))

export const Station = v.strictObject({
  id: Id,
  name: Text(60),
  kind: v.picklist(STATION_KIND_IDS),
  featuredTags: v.array(Text(20)),
  subDistrict: v.picklist(SUB_DISTRICT_IDS),
  community: v.optional(Text(30)),
  address: Text(120),
  location: GeoPoint,
  phone: Phone,
  hours: WeeklyHours,
  serviceIds: v.array(Id),
  rolesOnSite: v.array(Text(30)),
  accessibility: v.array(Text(60)),
  verifiedOn: IsoDate,
  sample: SampleFlag,
})
export type Station = v.InferOutput<typeof Station>

export const StationListQuery = v.strictObject({
  street: v.optional(v.picklist(SUB_DISTRICT_IDS, '未知的街道')),
  limit: QueryLimit(50, 20),
  cursor: QueryCursor,
})
export type StationListQuery = v.InferOutput<typeof StationListQuery>

export const StationPathParams = v.strictObject({ id: Id })

/** The list view: everything a card shows, nothing more. */
export type StationSummary = Pick<
  Station,
  'id' | 'name' | 'kind' | 'featuredTags' | 'subDistrict' | 'community' | 'address' | 'phone' | 'location' | 'sample'
>
