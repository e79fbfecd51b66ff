import { ROUTES } from '@/shared/navigation/routes'

export interface HomeEntry {
  id: string
  title: string
  description: string
  /** Absent while the feature is being built: the card shows 建设中 and cannot be tapped. */
  route?: string
}

/** The product's five entries, in the order the district presents them. */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  { id: 'policies', title: '政策一键查询', description: '就业创业、社保补贴等政策，一查就知道', route: ROUTES.policySearch() },
  { id: 'stations', title: '点位一图览', description: '全区服务站点的地址、电话和开放时间', route: ROUTES.stationMap },
  { id: 'services', title: '服务一网了解', description: '六大类人社服务项目，办什么、怎么办', route: ROUTES.serviceCatalogue },
  { id: 'messages', title: '留言通道', description: '有问题留个言，工作人员来回复' },
  { id: 'business', title: '企业开办一站式', description: '开办企业、招用员工，一站式指引' },
]
