import * as v from 'valibot'
import { SUB_DISTRICT_IDS, type SubDistrictId } from '../domain/sub-districts'
import { Id, ResidentPhone, Text } from './common'

/**
 * The service demand pool as a closed loop (issue 19): what grid workers hear on their rounds (field demands) and
 * board messages are grouped by staff into one demand, which is decided in public and, when adopted, answered by a
 * session or a service project that everyone who raised it is told about.
 */
export const DEMAND_STATUSES = ['assessing', 'adopted', 'scheduled', 'declined'] as const
export type DemandStatus = (typeof DEMAND_STATUSES)[number]
export const DEMAND_STATUS_NAMES: Record<DemandStatus, string> = {
  assessing: '评估中',
  adopted: '已采纳',
  scheduled: '已排期',
  declined: '不采纳',
}

export const FIELD_DEMAND_ID = /^fd-[a-f0-9-]{36}$/
export const DEMAND_ID = /^dm-[a-f0-9-]{36}$/
const MESSAGE_ID = /^msg-[a-f0-9-]{36}$/

export const FieldDemandId = v.pipe(v.string('须为文本'), v.regex(FIELD_DEMAND_ID, '走访需求编号不正确'))
export const DemandPathParams = v.strictObject({ id: v.pipe(v.string(), v.regex(DEMAND_ID, '需求编号不正确')) })

/** POST /v1/admin/field-demands (a grid worker, header Idempotency-Key): what was heard on a visit. */
export const FieldDemandSubmit = v.strictObject({
  topic: Text(20),
  text: Text(500),
  /** How many households raised it on this round. */
  households: v.pipe(v.number('须为整数'), v.integer('须为整数'), v.minValue(1, '至少 1 户'), v.maxValue(9999, '不能超过 9999 户')),
  /** Only when the resident agreed to be contacted: their name (and phone). Without it the demand is anonymous. */
  resident: v.optional(
    v.strictObject({
      name: Text(20),
      phone: v.optional(ResidentPhone),
      consent: v.literal(true, '须经居民同意才能记录姓名和电话'),
    }),
  ),
})
export type FieldDemandSubmit = v.InferOutput<typeof FieldDemandSubmit>

/** What became of the demand a field demand was grouped into: told back to the grid worker who filed it. */
export interface DemandOutcome {
  demandId: string
  status: DemandStatus
  at: string
  note?: string
  result?: DemandResult
}

/** A field demand as staff read it; the resident's name and phone are masked for all but its filer and the admin. */
export interface FieldDemand {
  id: string
  gridId: string
  stationId: string
  subDistrict: SubDistrictId
  topic: string
  text: string
  households: number
  resident?: { name: string; phone?: string; masked: boolean }
  filedBy: string
  filedAt: string
  demandId?: string
  outcome?: DemandOutcome
}

export const FieldDemandsQuery = v.strictObject({
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
})

/** POST /v1/admin/demands: board messages and field demands grouped into one demand (at least one of them). */
export const DemandCreate = v.pipe(
  v.strictObject({
    topic: Text(20),
    summary: Text(500),
    /** District staff name the sub-district; sub-district staff file in their own. */
    subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
    messageIds: v.optional(
      v.pipe(v.array(v.pipe(v.string('须为文本'), v.regex(MESSAGE_ID, '留言编号不正确'))), v.maxLength(50, '一次最多 50 条')),
      [],
    ),
    fieldDemandIds: v.optional(v.pipe(v.array(FieldDemandId), v.maxLength(50, '一次最多 50 条')), []),
  }),
  v.forward(
    v.check((d) => d.messageIds.length + d.fieldDemandIds.length > 0, '至少选择一条留言或走访需求'),
    ['messageIds'],
  ),
  v.forward(
    v.check((d) => new Set(d.messageIds).size === d.messageIds.length, '有重复的留言'),
    ['messageIds'],
  ),
  v.forward(
    v.check((d) => new Set(d.fieldDemandIds).size === d.fieldDemandIds.length, '有重复的走访需求'),
    ['fieldDemandIds'],
  ),
)
export type DemandCreate = v.InferOutput<typeof DemandCreate>

/** POST /v1/admin/demands/{id}/decision: adopt, or decline with the reason the public reads. */
export const DemandDecision = v.variant(
  'decision',
  [
    v.strictObject({ decision: v.literal('adopt'), note: v.optional(Text(500)) }),
    v.strictObject({ decision: v.literal('decline'), reason: Text(500) }),
  ],
  '请选择采纳或不采纳',
)
export type DemandDecision = v.InferOutput<typeof DemandDecision>

/** POST /v1/admin/demands/{id}/result: the session scheduled, or the service project opened, for an adopted demand. */
export const DemandResultBody = v.variant(
  'kind',
  [v.strictObject({ kind: v.literal('session'), sessionId: Id }), v.strictObject({ kind: v.literal('service'), serviceId: Id })],
  '请选择场次或服务项目',
)
export type DemandResultBody = v.InferOutput<typeof DemandResultBody>

export type DemandResult =
  | { kind: 'session'; sessionId: string; serviceId: string; title: string; startsAt: string }
  | { kind: 'service'; serviceId: string; name: string }

/** One step of a demand's public decision trail. */
export interface DemandStep {
  status: DemandStatus
  at: string
  /** The official answer: why it was declined, or what adopting it means. */
  note?: string
}

/** 你提的需求，我们这样办了: a demand as the public reads it. */
export interface PublicDemand {
  id: string
  topic: string
  summary: string
  subDistrict: SubDistrictId
  status: DemandStatus
  /** Board messages, their me-toos and the households heard in the field. */
  reports: number
  firstReportedAt: string
  trail: DemandStep[]
  result?: DemandResult
}

/** A demand as staff read it: the public view, its members and who took each step. */
export interface StaffDemand extends PublicDemand {
  messageIds: string[]
  fieldDemandIds: string[]
  staffTrail: Array<DemandStep & { staffId: string }>
  /** How many people were told of the result (inbox; by WeChat too where they allowed it). */
  notified?: number
}

/** Demand → decision → session, per sub-district (and for the whole scope as `subDistrict: 'all'`). */
export interface DemandFunnelRow {
  subDistrict: SubDistrictId | 'all'
  demands: number
  decided: number
  adopted: number
  scheduled: number
  declined: number
  /** Median days from the first report to the session or service (scheduled demands only). */
  medianDaysToResult?: number
}

export interface StaffDemandList {
  items: StaffDemand[]
  funnel: DemandFunnelRow[]
}

export const StaffDemandsQuery = v.strictObject({
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
})

export interface PublicDemandList {
  items: PublicDemand[]
}

/** A grid worker refers a resident to a station's specialists; staff there answer within REFERRAL_WORKING_DAYS. */
export const REFERRAL_WORKING_DAYS = 3
export const REFERRAL_OUTCOMES = ['resolved', 'unreachable', 'redirected'] as const
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number]
export const REFERRAL_OUTCOME_NAMES: Record<ReferralOutcome, string> = {
  resolved: '已办结',
  unreachable: '联系不上',
  redirected: '已转其他部门',
}
export const REFERRAL_ID = /^rf-[a-f0-9-]{36}$/
export const ReferralPathParams = v.strictObject({ id: v.pipe(v.string(), v.regex(REFERRAL_ID, '转介编号不正确')) })

/** POST /v1/admin/referrals (a grid worker, header Idempotency-Key): the resident must agree to be contacted. */
export const ReferralSubmit = v.strictObject({
  stationId: Id,
  topic: Text(20),
  text: Text(500),
  resident: v.strictObject({
    name: Text(20),
    phone: ResidentPhone,
    consent: v.literal(true, '须经居民同意才能转介并留下联系方式'),
  }),
})
export type ReferralSubmit = v.InferOutput<typeof ReferralSubmit>

/** POST /v1/admin/referrals/{id}/outcome (staff reaching the station): what came of it, told back to the grid worker. */
export const ReferralOutcomeBody = v.strictObject({
  outcome: v.picklist(REFERRAL_OUTCOMES, '请选择结果'),
  note: Text(500),
})
export type ReferralOutcomeBody = v.InferOutput<typeof ReferralOutcomeBody>

export const ReferralsQuery = v.strictObject({
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
})

/** A referral as its grid worker and the station's staff read it (the resident's contact is theirs to use). */
export interface Referral {
  id: string
  stationId: string
  subDistrict: SubDistrictId
  topic: string
  text: string
  resident: { name: string; phone: string }
  filedBy: string
  gridId: string
  filedAt: string
  dueAt: string
  overdue: boolean
  status: 'open' | 'closed'
  outcome?: { outcome: ReferralOutcome; note: string; at: string; staffId: string }
}
