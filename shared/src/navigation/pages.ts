/**
 * Every page of the mini-program, once. `miniapp/src/app.config.ts` builds `pages` and `subPackages` from this list
 * (in this order: the first main page is the launch page), the mini-program's ROUTES take their paths from it, and
 * the backend's subscription messages name the page they open by it.
 *   main: in the main package (the tab/home page); every other page lives in the subpackage `root`.
 * A page added here is registered with Taro; one removed here fails the type check wherever it is still linked.
 */
export const PAGES = {
  home: { main: true, path: 'pages/home/index' },

  stationMap: { root: 'packages/stations', path: 'pages/map/index' },
  stationList: { root: 'packages/stations', path: 'pages/list/index' },
  stationDetail: { root: 'packages/stations', path: 'pages/detail/index' },

  me: { root: 'packages/account', path: 'pages/me/index' },
  residentSignIn: { root: 'packages/account', path: 'pages/resident-sign-in/index' },
  staffSignIn: { root: 'packages/account', path: 'pages/staff-sign-in/index' },
  inbox: { root: 'packages/account', path: 'pages/inbox/index' },

  serviceCatalogue: { root: 'packages/services', path: 'pages/catalogue/index' },
  serviceDetail: { root: 'packages/services', path: 'pages/detail/index' },
  myEnrollments: { root: 'packages/services', path: 'pages/mine/index' },

  policySearch: { root: 'packages/policies', path: 'pages/search/index' },
  policyDetail: { root: 'packages/policies', path: 'pages/detail/index' },
  policyMatch: { root: 'packages/policies', path: 'pages/match/index' },

  myCompanies: { root: 'packages/business', path: 'pages/mine/index' },
  companyStart: { root: 'packages/business', path: 'pages/start/index' },
  companyCase: { root: 'packages/business', path: 'pages/case/index' },
  companyEmployees: { root: 'packages/business', path: 'pages/employees/index' },

  deskCases: { root: 'packages/staff', path: 'pages/desk/index' },
  deskCase: { root: 'packages/staff', path: 'pages/desk-case/index' },
  staffHome: { root: 'packages/staff', path: 'pages/home/index' },
  staffQueue: { root: 'packages/staff', path: 'pages/queue/index' },
  staffMessage: { root: 'packages/staff', path: 'pages/message/index' },
  staffAssisted: { root: 'packages/staff', path: 'pages/assisted/index' },
  staffDashboard: { root: 'packages/staff', path: 'pages/dashboard/index' },
  staffCalendar: { root: 'packages/staff', path: 'pages/calendar/index' },
  staffPassword: { root: 'packages/staff', path: 'pages/password/index' },
  staffAccounts: { root: 'packages/staff', path: 'pages/accounts/index' },
  staffField: { root: 'packages/staff', path: 'pages/field/index' },
  staffDemands: { root: 'packages/staff', path: 'pages/demands/index' },
  staffStewardships: { root: 'packages/staff', path: 'pages/stewardships/index' },
  staffReferrals: { root: 'packages/staff', path: 'pages/referrals/index' },

  messageBoard: { root: 'packages/messages', path: 'pages/board/index' },
  messageCompose: { root: 'packages/messages', path: 'pages/compose/index' },
  myMessages: { root: 'packages/messages', path: 'pages/mine/index' },
  messageDetail: { root: 'packages/messages', path: 'pages/detail/index' },
  demandsAnswered: { root: 'packages/messages', path: 'pages/demands/index' },
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
