import * as v from 'valibot'
import { AUDIENCE_IDS, CATEGORY_IDS } from '../domain/categories'
import { AGE_BAND_IDS, COMPANY_SIZE_IDS, MATCH_ROLE_IDS } from '../domain/policy-match'
import { Id, QueryCursor, QueryLimit, type Page } from './common'
import { expiresAfterEffective, PolicyFields, type Policy } from './policy'

/** GET /v1/policies */
export const PolicySearchQuery = v.strictObject({
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(50, '搜索词不能超过 50 个字'))),
  category: v.optional(v.picklist(CATEGORY_IDS, '未知的服务类别')),
  audience: v.optional(v.picklist(AUDIENCE_IDS, '未知的适用对象')),
  inForce: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], '须为 true 或 false'),
      v.transform((value) => value === 'true'),
    ),
  ),
  limit: QueryLimit(50, 20),
  cursor: QueryCursor,
})
export type PolicySearchQuery = v.InferOutput<typeof PolicySearchQuery>

export const PolicyPathParams = v.strictObject({ id: Id })

/** [start, end) in UTF-16 code units of the field's text, sorted and not overlapping. */
export type HighlightRange = [start: number, end: number]

export interface FieldHighlight {
  field: 'title' | 'summary'
  ranges: HighlightRange[]
}

/** What a list of policies shows of each: the fields of `PolicySummary` taken from the policy. */
export const POLICY_SUMMARY_FIELDS = [
  'id',
  'title',
  'issuer',
  'docNumber',
  'summary',
  'categories',
  'audiences',
  'effectiveFrom',
  'expiresOn',
  'sample',
] as const satisfies readonly (keyof Policy)[]

/** The named fields of an object, leaving out those it does not have (an optional field stays absent). */
export function pickFields<T extends object, K extends keyof T>(from: T, fields: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {}
  for (const field of fields) if (from[field] !== undefined) picked[field] = from[field]
  return picked as Pick<T, K>
}

export type PolicySummary = Pick<Policy, (typeof POLICY_SUMMARY_FIELDS)[number]> & {
  /** In force on today's date in Asia/Shanghai; false = 已失效 (or not yet in force). */
  inForce: boolean
}

export interface PolicyHit extends PolicySummary {
  highlights: FieldHighlight[]
}

export interface PolicySearchPage extends Page<PolicyHit> {
  total: number
  /** Only when nothing was found: the closest one-tap topics to try instead. */
  suggestions?: string[]
}

/** GET /v1/policies/{id}: every field, plus what the detail page needs to send people to a station. */
export interface PolicyDetail extends Policy {
  inForce: boolean
  services: { id: string; name: string }[]
}

/** POST /v1/policies/match */
export const PolicyMatchBody = v.strictObject({
  who: v.picklist(MATCH_ROLE_IDS, '请选择您的身份'),
  ageBand: v.optional(v.picklist(AGE_BAND_IDS, '未知的年龄段')),
  suzhouHukou: v.optional(v.boolean('须为是或否')),
  companySize: v.optional(v.picklist(COMPANY_SIZE_IDS, '未知的企业规模')),
})
export type PolicyMatchBody = v.InferOutput<typeof PolicyMatchBody>

export interface PolicyMatch {
  policy: PolicySummary
  /** Plain-language reasons, one per condition that fit. */
  reasons: string[]
}

export interface PolicyMatchResult {
  items: PolicyMatch[]
}

/** Staff write bodies: the server sets `verifiedOn` (today) and `sample` (false). */
const EditableFields = v.omit(PolicyFields, ['id', 'verifiedOn', 'sample'])

/** POST /v1/admin/policies */
export const PolicyCreateBody = v.pipe(v.strictObject({ id: Id, ...EditableFields.entries }), expiresAfterEffective())
export type PolicyCreateBody = v.InferOutput<typeof PolicyCreateBody>

/** PUT /v1/admin/policies/{id}: the whole policy; to retire it, set `expiresOn` to today. */
export const PolicyUpdateBody = v.pipe(EditableFields, expiresAfterEffective())
export type PolicyUpdateBody = v.InferOutput<typeof PolicyUpdateBody>
