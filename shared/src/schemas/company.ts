import * as v from 'valibot'
import { isValidCreditCode } from '../domain/credit-code'
import { isValidIdNumber } from '../domain/id-number'
import type { StepStatus } from '../domain/onboarding-checklist'
import type { OnboardingStepTemplate, StepPlace } from '../domain/onboarding-template'
import { SUB_DISTRICT_IDS, type SubDistrictId } from '../domain/sub-districts'
import { Id, IsoDate, QueryCursor, QueryLimit, Text } from './common'

const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/** A company's or an employee's phone: trimmed, mobile or landline with area code. */
export const ContactPhone = v.pipe(v.string('须为文本'), v.trim(), v.regex(MOBILE_OR_LANDLINE, '请填写 11 位手机号或带区号的座机号'))

export const CreditCode = v.pipe(
  v.string('须为文本'),
  v.trim(),
  v.toUpperCase(),
  v.length(18, '统一社会信用代码须为 18 位'),
  v.check(isValidCreditCode, '统一社会信用代码不正确，请核对营业执照'),
)

export const IdNumber = v.pipe(
  v.string('须为文本'),
  v.trim(),
  v.toUpperCase(),
  v.length(18, '身份证号码须为 18 位'),
  v.check(isValidIdNumber, '身份证号码不正确，请核对'),
)

/** POST /v1/companies: a newly registered company opens its onboarding case. */
export const CompanyCreate = v.strictObject({
  name: Text(60),
  creditCode: CreditCode,
  legalRepresentative: Text(20),
  subDistrict: v.picklist(SUB_DISTRICT_IDS, '请选择所在街道'),
  /** The desk station the company goes to (e.g. the bank-branch featured point), if chosen. */
  stationId: v.optional(Id),
  address: Text(100),
  contactPhone: ContactPhone,
  foundedOn: IsoDate,
  expectedHeadcount: v.pipe(v.number('须为整数'), v.integer('须为整数'), v.minValue(1, '至少 1 人'), v.maxValue(100000, '人数过大')),
})
export type CompanyCreate = v.InferOutput<typeof CompanyCreate>

export const CompanyPathParams = v.strictObject({ id: v.pipe(v.string(), v.uuid('编号格式不正确')) })
export const CompanyStepPathParams = v.strictObject({
  id: v.pipe(v.string(), v.uuid('编号格式不正确')),
  stepId: Id,
})

/** POST /v1/companies/{id}/steps/{stepId}/complete: an optional note (e.g. the social-insurance number). */
export const StepCompleteBody = v.strictObject({ note: v.optional(Text(200)) })

/** POST /v1/companies/{id}/notes: a note on the case, optionally about one step (a desk's remark, a missing material). */
export const CaseNoteBody = v.strictObject({ stepId: v.optional(Id), text: Text(200) })
export type CaseNoteBody = v.InferOutput<typeof CaseNoteBody>

/** A case keeps at most this many notes. */
export const MAX_CASE_NOTES = 100

export interface CaseNote {
  at: string
  by: Actor
  stepId?: string
  text: string
  /** A steward's visit: what was done on it. */
  visit?: { did: VisitItem[] }
}

/** What a 用工管家 helps a new company with on a visit. */
export const VISIT_ITEMS = ['contract', 'roster', 'social-insurance'] as const
export type VisitItem = (typeof VISIT_ITEMS)[number]
export const VISIT_ITEM_NAMES: Record<VisitItem, string> = {
  contract: '合同签订',
  roster: '职工名册',
  'social-insurance': '社保登记协助',
}

/** POST /v1/companies/{id}/visits (the case's steward): what was done on a visit, in words too. */
export const VisitLogBody = v.strictObject({
  did: v.pipe(
    v.array(v.picklist(VISIT_ITEMS, '未知的事项')),
    v.check((items) => new Set(items).size === items.length, '事项重复'),
  ),
  text: Text(200),
})
export type VisitLogBody = v.InferOutput<typeof VisitLogBody>

/** PUT /v1/admin/companies/{id}/steward: a desk or grid account becomes the company's 用工管家. */
export const StewardAssignBody = v.strictObject({
  staffId: v.pipe(v.string('须为文本'), v.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '请填写工作人员账号')),
  /** The phone the company calls its steward on. */
  contact: ContactPhone,
})
export type StewardAssignBody = v.InferOutput<typeof StewardAssignBody>

/** The company's 用工管家, shown on its case page. */
export interface Steward {
  staffId: string
  name: string
  contact: string
  assignedAt: string
}

/** Who did something: the owner, or a desk on the company's behalf. */
export interface Actor {
  kind: 'owner' | 'staff'
  /** The owner's user id, or the staff member's username. */
  id: string
  /** A staff member's display name, which is what people see (steps done before names were kept have none). */
  name?: string
}

export interface CompanyStep extends Omit<OnboardingStepTemplate, 'where'> {
  /** A desk step names the case's own desk. */
  where: StepPlace
  status: StepStatus
  completedAt?: string
  completedBy?: Actor
  note?: string
}

/** A case is `completed` once every step is done; then its credit code is free for a new case. */
export type CompanyStatus = 'active' | 'completed'

export interface CompanyCase {
  id: string
  status: CompanyStatus
  name: string
  creditCode: string
  legalRepresentative: string
  subDistrict: SubDistrictId
  stationId?: string
  address: string
  contactPhone: string
  foundedOn: string
  expectedHeadcount: number
  createdAt: string
  /** When the last step was done (only on a completed case). */
  completedAt?: string
  steps: CompanyStep[]
  progress: { done: number; total: number; percent: number }
  employeeCount: number
  /** Oldest first. */
  notes: CaseNote[]
  steward?: Steward
  timing: OnboardingTiming
  deadline: RegistrationDeadline
}

/**
 * From the first step done at a desk to the last step done, against the 15-minute promise. While the case is
 * active the clock runs to "now"; once it is completed the elapsed time is frozen at `completedAt`.
 */
export interface OnboardingTiming {
  promiseMinutes: number
  deskStartedAt?: string
  completedAt?: string
  elapsedSeconds?: number
  withinPromise?: boolean
}

/** Social-insurance registration is due within 30 days of founding. */
export interface RegistrationDeadline {
  dueOn: string
  done: boolean
  daysLeft: number
  overdue: boolean
}

/** An item of GET /v1/me/companies and of the desk's list. */
export type CompanySummary = Pick<
  CompanyCase,
  'id' | 'status' | 'name' | 'creditCode' | 'subDistrict' | 'stationId' | 'createdAt' | 'completedAt' | 'progress' | 'deadline' | 'steward'
>

/**
 * GET /v1/admin/companies: the cases in a desk's scope, newest first. District-wide staff choose a
 * sub-district; a sub-district desk may name its own; a station desk sees its station.
 */
export const DeskCasesQuery = v.strictObject({
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
  limit: QueryLimit(50, 20),
  cursor: QueryCursor,
})
export type DeskCasesQuery = v.InferOutput<typeof DeskCasesQuery>

/** POST /v1/companies/{id}/employees. */
export const EmployeeInput = v.strictObject({
  name: Text(20),
  idNumber: IdNumber,
  phone: ContactPhone,
  hiredOn: IsoDate,
  contractSigned: v.boolean('须为是或否'),
  contractEndsOn: v.optional(IsoDate),
})
export type EmployeeInput = v.InferOutput<typeof EmployeeInput>

/** PUT /v1/companies/{id}/employees/{employeeId}: everything but the ID number (a wrong one: remove and add again). */
export const EmployeeEdit = v.strictObject({
  name: Text(20),
  phone: ContactPhone,
  hiredOn: IsoDate,
  contractSigned: v.boolean('须为是或否'),
  contractEndsOn: v.optional(IsoDate),
})
export type EmployeeEdit = v.InferOutput<typeof EmployeeEdit>

export const EmployeePathParams = v.strictObject({
  id: v.pipe(v.string(), v.uuid('编号格式不正确')),
  employeeId: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/, '编号格式不正确')),
})

/** A roster line as lists show it: ID number and phone masked. */
export interface EmployeeListItem {
  id: string
  name: string
  idNumberMasked: string
  phoneMasked: string
  hiredOn: string
  contractSigned: boolean
  contractEndsOn?: string
  addedAt: string
}

/** An import holds at most this many employees (rows after the header). */
export const EMPLOYEE_IMPORT_MAX_ROWS = 500

/** POST /v1/companies/{id}/employees/import?mode=all|valid — all: nothing unless every row is good. */
export const EmployeeImportQuery = v.strictObject({
  mode: v.optional(v.picklist(['all', 'valid'], 'mode 须为 all 或 valid'), 'all'),
})
export type EmployeeImportQuery = v.InferOutput<typeof EmployeeImportQuery>

/**
 * The roster as CSV text (UTF-8, BOM allowed), header 姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日 (the
 * export's 序号 column may stay). Sent as JSON `{ csv }`, or as the body itself with `Content-Type: text/csv`.
 */
export const EmployeeImportBody = v.strictObject({ csv: v.string('须为文本') })
export type EmployeeImportBody = v.InferOutput<typeof EmployeeImportBody>

/** One record of the file: `row` is its spreadsheet row (the header is row 1). */
export interface EmployeeImportRow {
  row: number
  ok: boolean
  /** `field` is an EmployeeInput key, or `row` when the record itself is malformed. */
  errors?: { field: string; detail: string }[]
}

/** 200 body; also carried (with `imported: 0`) by the 422/409 problem of a rejected mode=all import. */
export interface EmployeeImportResult {
  imported: number
  skipped: number
  rows: EmployeeImportRow[]
}

/** GET /v1/admin/companies/dashboard?weeks=&subDistrict=. */
export const CompanyDashboardQuery = v.strictObject({
  weeks: QueryLimit(26, 8),
  subDistrict: v.optional(v.picklist(SUB_DISTRICT_IDS, '请选择街道')),
})
export type CompanyDashboardQuery = v.InferOutput<typeof CompanyDashboardQuery>
