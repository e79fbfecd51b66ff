/**
 * Every page of the mini-program, once. `miniapp/src/app.config.ts` builds `pages` and `subPackages` from this list
 * (in this order: the first main page is the launch page), the mini-program's ROUTES take their paths from it, and
 * the backend's subscription messages name the page they open by it.
 *   main: in the main package (the tab/home page); every other page lives in the subpackage `root`.
 * A page added here is registered with Taro; one removed here fails the type check wherever it is still linked.
 */
/** A page of a subpackage: `packages/<pkg>` and `pages/<name>/index` (one short call each keeps the main package small). */
const inPackage =
  <const P extends string>(pkg: P) =>
  <const N extends string>(name: N) => ({ root: `packages/${pkg}` as const, path: `pages/${name}/index` as const })
const account = inPackage('account')
const business = inPackage('business')
const messages = inPackage('messages')
const policies = inPackage('policies')
const services = inPackage('services')
const staff = inPackage('staff')
const stations = inPackage('stations')

export const PAGES = {
  home: { main: true, path: 'pages/home/index' },

  stationMap: stations('map'),
  stationList: stations('list'),
  stationDetail: stations('detail'),

  me: account('me'),
  residentSignIn: account('resident-sign-in'),
  staffSignIn: account('staff-sign-in'),
  inbox: account('inbox'),

  serviceCatalogue: services('catalogue'),
  serviceDetail: services('detail'),
  myEnrollments: services('mine'),

  policySearch: policies('search'),
  policyDetail: policies('detail'),
  policyMatch: policies('match'),

  myCompanies: business('mine'),
  companyStart: business('start'),
  companyCase: business('case'),
  companyEmployees: business('employees'),

  deskCases: staff('desk'),
  deskCase: staff('desk-case'),
  staffHome: staff('home'),
  staffQueue: staff('queue'),
  staffMessage: staff('message'),
  staffAssisted: staff('assisted'),
  staffDashboard: staff('dashboard'),
  staffCalendar: staff('calendar'),
  staffPassword: staff('password'),
  staffAccounts: staff('accounts'),
  staffField: staff('field'),
  staffDemands: staff('demands'),
  staffStewardships: staff('stewardships'),
  staffReferrals: staff('referrals'),

  messageBoard: messages('board'),
  messageCompose: messages('compose'),
  myMessages: messages('mine'),
  messageDetail: messages('detail'),
  demandsAnswered: messages('demands'),
} as const satisfies Record<string, PageEntry>

export type PageEntry = { readonly main: true; readonly path: string } | { readonly root: string; readonly path: string }

export type PageName = keyof typeof PAGES

/** A page's path from the mini-program root, as app.json and subscribeMessage.send's `page` name it. */
export type PagePath<N extends PageName> = (typeof PAGES)[N] extends { root: infer R extends string; path: infer P extends string }
  ? `${R}/${P}`
  : (typeof PAGES)[N]['path']

/** `packages/messages/pages/detail/index`: app.json's and subscribeMessage.send's form (no leading slash). */
export function pagePath<N extends PageName>(name: N): PagePath<N> {
  const page: PageEntry = PAGES[name]
  return ('root' in page ? `${page.root}/${page.path}` : page.path) as PagePath<N>
}

/** `/packages/messages/pages/detail/index`: what Taro.navigateTo and friends take. */
export function pageUrl<N extends PageName>(name: N): `/${PagePath<N>}` {
  return `/${pagePath(name)}`
}

export interface AppPages {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
}

/** app.config.ts's `pages` and `subPackages`: main pages, then one subpackage per root, all in list order. */
export function appPages(): AppPages {
  const pages: string[] = []
  const subPackages = new Map<string, string[]>()
  for (const page of Object.values<PageEntry>(PAGES)) {
    if (!('root' in page)) pages.push(page.path)
    else subPackages.set(page.root, [...(subPackages.get(page.root) ?? []), page.path])
  }
  return { pages, subPackages: [...subPackages].map(([root, rootPages]) => ({ root, pages: rootPages })) }
}
