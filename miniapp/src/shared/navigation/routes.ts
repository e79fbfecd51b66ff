import { pageUrl, type PageName } from '@doorstep/shared/navigation/pages'

/** A page that shows one thing: its URL with `?id=`. */
const withId = (name: PageName) => (id: string) => `${pageUrl(name)}?id=${encodeURIComponent(id)}`

/** Where each link goes. The paths come from the one page list (shared/src/navigation/pages.ts). */
export const ROUTES = {
  home: pageUrl('home'),
  stationList: pageUrl('stationList'),
  stationDetail: withId('stationDetail'),
  stationMap: pageUrl('stationMap'),
  /** Built by the services feature; stations link to it. */
  serviceDetail: withId('serviceDetail'),
  serviceCatalogue: pageUrl('serviceCatalogue'),
  myEnrollments: pageUrl('myEnrollments'),
  policySearch: (q = '') => `${pageUrl('policySearch')}${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  policyDetail: withId('policyDetail'),
  policyMatch: pageUrl('policyMatch'),
  me: pageUrl('me'),
  residentSignIn: pageUrl('residentSignIn'),
  staffSignIn: pageUrl('staffSignIn'),
  /** Where a staff member lands when their session ran out mid-task. */
  staffSignInExpired: `${pageUrl('staffSignIn')}?expired=1`,
  /** 企业开办一站式 (issue 8): my cases, the wizard, a case's checklist and its roster. */
  myCompanies: pageUrl('myCompanies'),
  companyStart: pageUrl('companyStart'),
  companyCase: withId('companyCase'),
  companyEmployees: withId('companyEmployees'),
  /** The desk's view of one case (staff subpackage). */
  deskCase: withId('deskCase'),
  /** 留言通道 (issue 7): the public board, writing, my messages and one message. */
  messageBoard: pageUrl('messageBoard'),
  messageCompose: pageUrl('messageCompose'),
  myMessages: pageUrl('myMessages'),
  messageDetail: withId('messageDetail'),
  inbox: pageUrl('inbox'),
  /** The staff console (usable in a desktop browser on H5). */
  staffHome: pageUrl('staffHome'),
  staffQueue: pageUrl('staffQueue'),
  staffMessage: withId('staffMessage'),
  staffAssisted: pageUrl('staffAssisted'),
  staffDashboard: pageUrl('staffDashboard'),
  /** 节假日安排: the district admin loads each year's official holiday schedule. */
  staffCalendar: pageUrl('staffCalendar'),
  /** Staff accounts: one's own password, and the district admin's 账号管理. */
  staffPassword: pageUrl('staffPassword'),
  staffAccounts: pageUrl('staffAccounts'),
  /** The demand loop (issue 19): grid rounds, the demand pool, a steward's companies, and the public answers. */
  staffField: pageUrl('staffField'),
  staffDemands: pageUrl('staffDemands'),
  staffStewardships: pageUrl('staffStewardships'),
  staffReferrals: pageUrl('staffReferrals'),
  demandsAnswered: pageUrl('demandsAnswered'),
  /** 企业开办窗口: the page is built by the company onboarding feature (issue 8). */
  deskCases: pageUrl('deskCases'),
} as const
