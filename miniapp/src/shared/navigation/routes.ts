export const ROUTES = {
  home: '/pages/home/index',
  stationList: '/packages/stations/pages/list/index',
  stationDetail: (id: string) => `/packages/stations/pages/detail/index?id=${encodeURIComponent(id)}`,
  stationMap: '/packages/stations/pages/map/index',
  /** Built by the services feature; stations link to it. */
  serviceDetail: (id: string) => `/packages/services/pages/detail/index?id=${encodeURIComponent(id)}`,
  serviceCatalogue: '/packages/services/pages/catalogue/index',
  myEnrollments: '/packages/services/pages/mine/index',
  policySearch: (q = '') => `/packages/policies/pages/search/index${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  policyDetail: (id: string) => `/packages/policies/pages/detail/index?id=${encodeURIComponent(id)}`,
  policyMatch: '/packages/policies/pages/match/index',
  me: '/packages/account/pages/me/index',
  residentSignIn: '/packages/account/pages/resident-sign-in/index',
  staffSignIn: '/packages/account/pages/staff-sign-in/index',
  /** Where a staff member lands when their session ran out mid-task. */
  staffSignInExpired: '/packages/account/pages/staff-sign-in/index?expired=1',
} as const
