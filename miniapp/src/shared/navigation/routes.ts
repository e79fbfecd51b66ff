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
  /** 企业开办一站式 (issue 8): my cases, the wizard, a case's checklist and its roster. */
  myCompanies: '/packages/business/pages/mine/index',
  companyStart: '/packages/business/pages/start/index',
  companyCase: (id: string) => `/packages/business/pages/case/index?id=${encodeURIComponent(id)}`,
  companyEmployees: (id: string) => `/packages/business/pages/employees/index?id=${encodeURIComponent(id)}`,
  /** The desk's view of one case (staff subpackage). */
  deskCase: (id: string) => `/packages/staff/pages/desk-case/index?id=${encodeURIComponent(id)}`,
  /** 留言通道 (issue 7): the public board, writing, my messages and one message. */
  messageBoard: '/packages/messages/pages/board/index',
  messageCompose: '/packages/messages/pages/compose/index',
  myMessages: '/packages/messages/pages/mine/index',
  messageDetail: (id: string) => `/packages/messages/pages/detail/index?id=${encodeURIComponent(id)}`,
  inbox: '/packages/account/pages/inbox/index',
  /** The staff console (usable in a desktop browser on H5). */
  staffHome: '/packages/staff/pages/home/index',
  staffQueue: '/packages/staff/pages/queue/index',
  staffMessage: (id: string) => `/packages/staff/pages/message/index?id=${encodeURIComponent(id)}`,
  staffAssisted: '/packages/staff/pages/assisted/index',
  staffDashboard: '/packages/staff/pages/dashboard/index',
  /** 节假日安排: the district admin loads each year's official holiday schedule. */
  staffCalendar: '/packages/staff/pages/calendar/index',
  /** Staff accounts: one's own password, and the district admin's 账号管理. */
  staffPassword: '/packages/staff/pages/password/index',
  staffAccounts: '/packages/staff/pages/accounts/index',
  /** 企业开办服务台: the page is built by the company onboarding feature (issue 8). */
  deskCases: '/packages/staff/pages/desk/index',
} as const
