import { idsOf, nameIn } from './choices'

/** The six service categories (六大类服务内容) named in the district's action plan. */
export const SERVICE_CATEGORIES = [
  { id: 'policy', name: '政策服务' },
  { id: 'employment', name: '促进就业' },
  { id: 'hiring', name: '用工支持' },
  { id: 'talent', name: '人才技能' },
  { id: 'social-security', name: '社会保障' },
  { id: 'mediation', name: '调解维权' },
] as const

export const CATEGORY_IDS = idsOf(SERVICE_CATEGORIES)
export type CategoryId = (typeof CATEGORY_IDS)[number]

export function categoryName(id: CategoryId): string {
  return nameIn(SERVICE_CATEGORIES, id)
}

/** Who a policy or service is for. */
export const AUDIENCES = [
  { id: 'resident', name: '居民' },
  { id: 'graduate', name: '高校毕业生' },
  { id: 'unemployed', name: '失业人员' },
  { id: 'flexible-worker', name: '灵活就业人员' },
  { id: 'retiree', name: '退休人员' },
  { id: 'entrepreneur', name: '创业者' },
  { id: 'company', name: '用人单位' },
  { id: 'talent', name: '人才' },
] as const

export const AUDIENCE_IDS = idsOf(AUDIENCES)
export type AudienceId = (typeof AUDIENCE_IDS)[number]

export function audienceName(id: AudienceId): string {
  return nameIn(AUDIENCES, id)
}
