/** The six service categories (六大类服务内容) named in the district's action plan. */
export const SERVICE_CATEGORIES = [
  { id: 'policy', name: '政策服务' },
  { id: 'employment', name: '促进就业' },
  { id: 'hiring', name: '用工支持' },
  { id: 'talent', name: '人才技能' },
  { id: 'social-security', name: '社会保障' },
  { id: 'mediation', name: '调解维权' },
] as const

export type CategoryId = (typeof SERVICE_CATEGORIES)[number]['id']

export const CATEGORY_IDS = SERVICE_CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]]

export function categoryName(id: CategoryId): string {
  return SERVICE_CATEGORIES.find((c) => c.id === id)?.name ?? id
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

export type AudienceId = (typeof AUDIENCES)[number]['id']

export const AUDIENCE_IDS = AUDIENCES.map((a) => a.id) as [AudienceId, ...AudienceId[]]
