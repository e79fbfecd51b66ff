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

export const WeeklyHours = v.object({
  ...(Object.fromEntries(WEEKDAYS.map((d) => [d, DayHours])) as Record<Weekday, typeof DayHours>),
  /** Hours on statutory holidays; absent = closed on those days (see domain/opening-hours). */
  holiday: v.optional(DayHours),
})

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

export const NEAR_RADIUS = { min: 100, max: 10_000, fallback: 3_000 } as const

/** `near=31.30,120.61`: a GCJ-02 point, as WeChat's getLocation returns it. */
const NearPoint = v.pipe(
  v.string(),
  v.regex(/^-?\d{1,3}(\.\d{1,8})?,-?\d{1,3}(\.\d{1,8})?$/, '须为“纬度,经度”，例如 31.30,120.61'),
  v.transform((text) => {
    const [lat, lng] = text.split(',').map(Number) as [number, number]
    return { lat, lng }
  }),
  v.check((point) => v.is(GeoPoint, point), '位置须在中国境内（GCJ-02 纬度,经度）'),
)

const RadiusMetres = v.pipe(
  v.string(),
  v.regex(/^\d{1,6}$/, `须为 ${NEAR_RADIUS.min}–${NEAR_RADIUS.max} 的整数（米）`),
  v.transform(Number),
  v.minValue(NEAR_RADIUS.min, `不能小于 ${NEAR_RADIUS.min} 米`),
  v.maxValue(NEAR_RADIUS.max, `不能超过 ${NEAR_RADIUS.max} 米`),
)

const QueryFlag = v.pipe(
  v.picklist(['true', 'false'], '须为 true 或 false'),
  v.transform((flag) => flag === 'true'),
)

/** Filters combine; with `near` the answer is sorted by distance and limited to `radius` metres. */
export const StationListQuery = v.pipe(
  v.strictObject({
    near: v.optional(NearPoint),
    radius: v.optional(RadiusMetres),
    street: v.optional(v.picklist(SUB_DISTRICT_IDS, '未知的街道')),
    service: v.optional(Id),
    openNow: v.optional(QueryFlag),
    limit: QueryLimit(50, 20),
    cursor: QueryCursor,
  }),
  v.forward(
    v.check((query) => query.radius === undefined || query.near !== undefined, '须同时提供 near（位置）'),
    ['radius'],
  ),
)
export type StationListQuery = v.InferOutput<typeof StationListQuery>

export const StationPathParams = v.strictObject({ id: Id })

/** The list view: everything a card shows, nothing more. */
export type StationSummary = Pick<
  Station,
  'id' | 'name' | 'kind' | 'featuredTags' | 'subDistrict' | 'community' | 'address' | 'phone' | 'location' | 'sample'
> & {
  /** Open at the time of the answer (Suzhou time, holidays and 调休 included). */
  openNow: boolean
  /** Metres from `near`, when the list was asked for near a point. */
  distanceMetres?: number
}

/** PUT /v1/admin/stations/{id}: what district staff keep up to date. Service ids are checked against the catalog. */
export const StationEdit = v.strictObject({
  hours: WeeklyHours,
  phone: Phone,
  serviceIds: v.pipe(
    v.array(Id),
    v.maxLength(50, '服务项目过多'),
    v.check((ids) => new Set(ids).size === ids.length, '服务项目不能重复'),
  ),
})
export type StationEdit = v.InferOutput<typeof StationEdit>
