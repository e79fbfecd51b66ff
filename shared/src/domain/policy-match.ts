import type { AudienceId } from './categories'
import { idsOf } from './choices'

/** The eligibility matcher's questions (at most 5): who you are, age band, Suzhou hukou, company size. */
export const MATCH_ROLES = [
  { id: 'graduate', name: '高校毕业生' },
  { id: 'unemployed', name: '失业或正在找工作' },
  { id: 'entrepreneur', name: '准备创业或刚创业' },
  { id: 'flexible-worker', name: '灵活就业（打零工、跑外卖等）' },
  { id: 'company', name: '用人单位（企业）' },
  { id: 'retiree', name: '退休人员' },
  { id: 'talent', name: '专业技术或技能人才' },
  { id: 'resident', name: '其他居民' },
] as const satisfies readonly { id: AudienceId; name: string }[]

export const MATCH_ROLE_IDS = idsOf(MATCH_ROLES)
export type MatchRole = (typeof MATCH_ROLE_IDS)[number]

/** Inclusive bounds; `max` absent = and older. */
export const AGE_BANDS = [
  { id: '16-24', name: '16–24 岁', min: 16, max: 24 },
  { id: '25-34', name: '25–34 岁', min: 25, max: 34 },
  { id: '35-39', name: '35–39 岁', min: 35, max: 39 },
  { id: '40-49', name: '40–49 岁', min: 40, max: 49 },
  { id: '50-59', name: '50–59 岁', min: 50, max: 59 },
  { id: '60+', name: '60 岁及以上', min: 60 },
] as const

export const AGE_BAND_IDS = idsOf(AGE_BANDS)
export type AgeBand = (typeof AGE_BAND_IDS)[number]

/** Employees; `max` absent = and more. */
export const COMPANY_SIZES = [
  { id: '1-20', name: '20 人以下', min: 1, max: 20 },
  { id: '21-50', name: '21–50 人', min: 21, max: 50 },
  { id: '51-100', name: '51–100 人', min: 51, max: 100 },
  { id: '101-300', name: '101–300 人', min: 101, max: 300 },
  { id: '300+', name: '300 人以上', min: 301 },
] as const

export const COMPANY_SIZE_IDS = idsOf(COMPANY_SIZES)
export type CompanySize = (typeof COMPANY_SIZE_IDS)[number]
