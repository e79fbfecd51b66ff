import * as v from 'valibot'
import { AUDIENCE_IDS, CATEGORY_IDS } from '../domain/categories'
import { STATION_KIND_IDS } from '../domain/station-kinds'
import { Id, IsoDate, SampleFlag, Text } from './common'

/** Structured eligibility: what the matcher can check. Anything else goes in `eligibility.text`. */
export const EligibilityConditions = v.strictObject({
  audiences: v.optional(v.array(v.picklist(AUDIENCE_IDS))),
  ageMin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
  ageMax: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
  /** true: Suzhou household registration (苏州户籍) required. */
  suzhouHukou: v.optional(v.boolean()),
  /** Employers only: at most this many employees (小微企业). */
  companySizeMax: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
})

/** The policy record's fields; `Policy` adds the cross-field checks. Admin bodies are derived from this. */
export const PolicyFields = v.strictObject({
  id: Id,
  title: Text(80),
  issuer: Text(60),
  docNumber: Text(40),
  publishedOn: IsoDate,
  effectiveFrom: IsoDate,
  expiresOn: v.optional(IsoDate),
  categories: v.pipe(v.array(v.picklist(CATEGORY_IDS)), v.minLength(1)),
  audiences: v.pipe(v.array(v.picklist(AUDIENCE_IDS)), v.minLength(1)),
  summary: Text(400),
  benefits: v.pipe(v.array(v.strictObject({ item: Text(60), amount: Text(120) })), v.minLength(1)),
  eligibility: v.strictObject({ conditions: EligibilityConditions, text: v.array(Text(160)) }),
  materials: v.array(Text(80)),
  howToApply: v.strictObject({
    online: v.optional(Text(80)),
    stationKinds: v.array(v.picklist(STATION_KIND_IDS)),
    steps: v.array(Text(160)),
  }),
  contact: Text(80),
  serviceIds: v.array(Id),
  keywords: v.array(Text(20)),
  verifiedOn: IsoDate,
  sample: SampleFlag,
})

/** Applied to every way a policy enters the system (seed, admin create, admin edit). */
export const expiresAfterEffective = <T extends { effectiveFrom: string; expiresOn?: string }>() =>
  v.check<T, string>((p) => !p.expiresOn || p.expiresOn > p.effectiveFrom, '失效日期须晚于生效日期')

export const Policy = v.pipe(PolicyFields, expiresAfterEffective())
export type Policy = v.InferOutput<typeof Policy>
