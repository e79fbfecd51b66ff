import * as v from 'valibot'
import { SUB_DISTRICT_IDS } from '../domain/sub-districts'
import { CATEGORY_IDS } from '../domain/categories'
import { WEEKDAYS } from '../domain/station-kinds'
import { ClockTime, Id, ResidentPhone, SampleFlag, Text } from './common'

/**
 * A moment on Suzhou's wall clock, `YYYY-MM-DDTHH:MM` (Asia/Shanghai, no offset): what residents read on a
 * notice, and sortable as text, so it is also the key order of a service's sessions.
 */
export const ShanghaiDateTime = v.pipe(
  v.string('须为日期时间'),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, '格式须为 YYYY-MM-DDTHH:MM（北京时间）'),
)

export const SESSION_CAPACITY = { min: 1, max: 500 } as const

const SessionFields = {
  title: Text(40),
  startsAt: ShanghaiDateTime,
  endsAt: ShanghaiDateTime,
  stationId: Id,
  capacity: v.pipe(
    v.number('须为整数'),
    v.integer('须为整数'),
    v.minValue(SESSION_CAPACITY.min, `至少 ${SESSION_CAPACITY.min} 人`),
    v.maxValue(SESSION_CAPACITY.max, `不能超过 ${SESSION_CAPACITY.max} 人`),
  ),
  signUpBy: ShanghaiDateTime,
}

type Timed = { startsAt: string; endsAt: string; signUpBy: string }
const endsAfterStart = v.forward<Timed, v.CheckIssue<Timed>, ['endsAt'] | ['signUpBy']>(
  v.check((s: Timed) => s.startsAt < s.endsAt, '结束时间须晚于开始时间'),
  ['endsAt'],
)
const signUpBeforeStart = v.forward<Timed, v.CheckIssue<Timed>, ['endsAt'] | ['signUpBy']>(
  v.check((s: Timed) => s.signUpBy <= s.startsAt, '报名截止须不晚于开始时间'),
  ['signUpBy'],
)
const inOrder = <T extends v.GenericSchema<unknown, Timed>>(schema: T): v.GenericSchema<v.InferInput<T>, v.InferOutput<T>> =>
  v.pipe(schema, endsAfterStart, signUpBeforeStart) as v.GenericSchema<v.InferInput<T>, v.InferOutput<T>>

/** PUT /v1/admin/sessions/{id}: what staff may change (the service stays). */
export const SessionEdit = inOrder(v.strictObject(SessionFields))
export type SessionEdit = v.InferOutput<typeof SessionEdit>

/** POST /v1/admin/sessions. */
export const SessionCreate = inOrder(v.strictObject({ serviceId: Id, ...SessionFields }))
export type SessionCreate = v.InferOutput<typeof SessionCreate>

/**
 * One record of data/seed/sessions.json: a recurring sample session, dated relative to the day it is seeded ("every
 * other Wednesday, 09:30–11:00, sign-up closes the day before at 17:00"), so `npm start` on any day shows upcoming
 * sessions. Each occurrence's id is `<series>-<yyyymmdd>`: seeding again on a later day adds the new dates only.
 */
export const SessionSeries = v.strictObject({
  series: v.pipe(Id, v.maxLength(50, '编号不能超过 50 个字符')),
  serviceId: Id,
  title: Text(40),
  stationId: Id,
  capacity: SessionFields.capacity,
  weekday: v.picklist(WEEKDAYS, '须为 mon–sun'),
  /** 1 = weekly, 2 = every other week … counted from the ISO week of 1970-01-05, so every seed agrees on the weeks. */
  everyWeeks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)),
  /** Which of the `everyWeeks` weeks (0-based). */
  weekOffset: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7)),
  starts: ClockTime,
  ends: ClockTime,
  /** A course over several days ends `lastsDays - 1` days after it starts. */
  lastsDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(14)), 1),
  signUpClosesDaysBefore: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(14)),
  signUpClosesAt: ClockTime,
  sample: SampleFlag,
})
export type SessionSeries = v.InferOutput<typeof SessionSeries>

/** A dated session of a service project (a class, a fair, an experience day), as everyone sees it. */
export interface ServiceSession {
  id: string
  serviceId: string
  serviceName: string
  categoryId: (typeof CATEGORY_IDS)[number]
  title: string
  startsAt: string
  endsAt: string
  signUpBy: string
  stationId: string
  stationName: string
  subDistrict: (typeof SUB_DISTRICT_IDS)[number]
  capacity: number
  /** Seats taken now. */
  confirmed: number
  sample: boolean
}

export const ENROLLMENT_STATUSES = ['confirmed', 'waitlisted', 'pending', 'cancelled'] as const
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number]

/** `<sessionId>.<userId>`: a person's one enrollment in a session; the key is its identity. */
export const ENROLLMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}\.[0-9a-f-]{36}$/

export const SessionPathParams = v.strictObject({ id: Id })
export const EnrollmentPathParams = v.strictObject({
  id: v.pipe(v.string('须为文本'), v.regex(ENROLLMENT_ID_PATTERN, '报名编号格式不正确')),
})

/** A resident's enrollment, with the session it is for. */
export interface Enrollment {
  id: string
  status: EnrollmentStatus
  /** 1 = next in line; only while waitlisted. */
  waitlistPosition?: number
  signedUpAt: string
  session: ServiceSession
}

export const AttendanceBody = v.strictObject({ attended: v.boolean('须为 true 或 false') })

/** A line of a session's roster (staff): names only, no phone numbers or ids of the person. */
export interface RosterEntry {
  enrollmentId: string
  displayName: string
  status: EnrollmentStatus
  /** Sign-up order within the session. */
  sequence: number
  signedUpAt: string
  attended: boolean
}

export interface Roster {
  session: ServiceSession
  entries: RosterEntry[]
}

/** POST /v1/admin/sessions/{id}/enrollments (grid worker or desk, header Idempotency-Key): a resident signed up by staff. */
export const OnBehalfEnrollmentBody = v.strictObject({
  residentName: Text(20),
  residentPhone: ResidentPhone,
  consent: v.literal(true, '须经居民同意才能代为报名'),
})
export type OnBehalfEnrollmentBody = v.InferOutput<typeof OnBehalfEnrollmentBody>

/** What the staff member who signed a resident up reads back: the sign-up, and the code the resident claims it with. */
export interface OnBehalfEnrollment extends Enrollment {
  residentName: string
  residentPhone: string
  /** Six digits, given to the resident (on the slip, or read out): with their phone it moves the sign-up to their account. */
  claimCode: string
}

/** POST /v1/me/enrollments/claim: a resident takes a sign-up made for them into their own 我的报名. */
export const EnrollmentClaimBody = v.strictObject({
  code: v.pipe(v.string('须为文本'), v.regex(/^\d{6}$/, '请填写 6 位领取码')),
  phone: ResidentPhone,
})
export type EnrollmentClaimBody = v.InferOutput<typeof EnrollmentClaimBody>
