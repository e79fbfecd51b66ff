/**
 * The route catalogue: every HTTP route of the API — method, path, who may call it, whether writes are limited.
 * One entry here plus its handler (`defineRoute(endpoints.x, …)` in functions/) is a route: the Lambda functions
 * and their HTTP events in serverless.yml are generated from it (infra/functions.cjs), the mini-program builds its
 * request paths with `pathTo`, and the access matrix and staging pass check a row for each.
 * The key is the Lambda function's name; its log and cursor name is `feature.action` (`logNameOf`).
 */
import { BOARD_STAFF_ROLES, DESK_ROLES, STAFF_ROLES, type StaffRole } from '../domain/roles'

/**
 * Who may call a route: public — anyone; user — a signed-in resident or company; signed-in — user or staff;
 * staff roles — those roles only (and, inside the feature, only within their scope).
 */
export type Access = 'public' | 'user' | 'signed-in' | { staff: readonly StaffRole[] }
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface Endpoint<M extends Method = Method, P extends string = string, A extends Access = Access> {
  /** The catalogue key: the Lambda function's name. */
  name: string
  method: M
  path: P
  access: A
  /**
   * Write routes are limited per user and per IP (the stage's RATE_LIMIT_* defaults); false opts out (a route that
   * counts its own tries), numbers override. Read routes are limited only when they say so: the open-data routes,
   * which anyone may script against, per IP.
   */
  rateLimit?: false | WriteLimitOverride
}

export interface WriteLimitOverride {
  perUser?: number
  perIp?: number
  windowSeconds?: number
}

const PUBLIC = 'public'
const USER = 'user'
const SIGNED_IN = 'signed-in'
const ADMIN = { staff: ['admin'] } as const
const DESKS = { staff: DESK_ROLES }
const BOARD_STAFF = { staff: BOARD_STAFF_ROLES }
const ANY_STAFF = { staff: STAFF_ROLES }
const GRID = { staff: ['grid'] } as const
/** Field demands: the grid workers who file them, and the board staff who group them into demands. */
const FIELD_READERS = { staff: [...BOARD_STAFF_ROLES, 'grid'] } as const
/** Grid workers and desks (and the admin): sign-ups on a resident's behalf, a steward's visits. */
const GRID_AND_DESKS = { staff: ['grid', 'desk', 'admin'] } as const
/** 用工管家 are desk or grid accounts. */
const STEWARDS = { staff: ['desk', 'grid'] } as const
/** The station's staff who answer referrals: answerers, desks, the admin. */
const STATION_STAFF = { staff: ['answerer', 'desk', 'admin'] } as const

/** Open data is read by scripts: each address may ask this often per minute before it is told to wait (429). */
const OPEN_DATA = { rateLimit: { perIp: 300 } }

const route =
  <const M extends Method>(method: M) =>
  <const P extends string, const A extends Access>(path: P, access: A, options: { rateLimit?: false | WriteLimitOverride } = {}) => ({
    method,
    path,
    access,
    ...options,
  })
const get = route('GET')
const post = route('POST')
const put = route('PUT')
const del = route('DELETE')

/** Each entry with its own key as `name`. */
function named<const T extends Record<string, Omit<Endpoint, 'name'>>>(table: T): { [K in keyof T & string]: T[K] & { name: K } } {
  return Object.fromEntries(Object.entries(table).map(([name, endpoint]) => [name, { ...endpoint, name }])) as never
}

export const endpoints = named({
  health: get('/v1/health', PUBLIC),
  stationsList: get('/v1/stations', PUBLIC),
  stationsGet: get('/v1/stations/{id}', PUBLIC),
  stationsUpdate: put('/v1/admin/stations/{id}', ADMIN),
  authWeChat: post('/v1/auth/wechat', PUBLIC),
  authStaff: post('/v1/auth/staff', PUBLIC, { rateLimit: false }),
  authRenew: post('/v1/auth/renew', PUBLIC),
  authChangePassword: post('/v1/me/password', ANY_STAFF),
  authListStaff: get('/v1/admin/staff', ADMIN),
  authChangeStaff: put('/v1/admin/staff/{username}', ADMIN),
  authMe: get('/v1/me', SIGNED_IN),
  policiesSearch: get('/v1/policies', PUBLIC),
  policiesGet: get('/v1/policies/{id}', PUBLIC),
  policiesMatch: post('/v1/policies/match', PUBLIC),
  policiesCreate: post('/v1/admin/policies', ADMIN),
  policiesUpdate: put('/v1/admin/policies/{id}', ADMIN),
  servicesList: get('/v1/services', PUBLIC),
  servicesGet: get('/v1/services/{id}', PUBLIC),
  servicesSessions: get('/v1/services/{id}/sessions', PUBLIC),
  enrollmentsCreate: post('/v1/sessions/{id}/enrollments', USER),
  enrollmentsCancel: del('/v1/enrollments/{id}', USER),
  enrollmentsMine: get('/v1/me/enrollments', USER),
  enrollmentsClaim: post('/v1/me/enrollments/claim', USER),
  enrollmentsOnBehalf: post('/v1/admin/sessions/{id}/enrollments', GRID_AND_DESKS),
  enrollmentsAttendance: put('/v1/admin/enrollments/{id}/attendance', DESKS),
  sessionsCreate: post('/v1/admin/sessions', DESKS),
  sessionsUpdate: put('/v1/admin/sessions/{id}', DESKS),
  sessionsRoster: get('/v1/admin/sessions/{id}/roster', DESKS),
  sessionsRosterCsv: get('/v1/admin/sessions/{id}/roster.csv', DESKS),
  messagesSubmit: post('/v1/messages', USER),
  messagesBoard: get('/v1/messages', PUBLIC),
  messagesSimilar: get('/v1/messages/similar', PUBLIC),
  messagesMeToo: post('/v1/messages/{id}/me-too', USER),
  messagesFollowUp: post('/v1/messages/{id}/follow-ups', USER),
  messagesMine: get('/v1/me/messages', USER),
  messagesGet: get('/v1/messages/{id}', SIGNED_IN),
  messagesRate: post('/v1/messages/{id}/rating', USER),
  messagesConfirmSolved: post('/v1/messages/{id}/solved', USER),
  messagesReopen: post('/v1/messages/{id}/reopen', USER),
  messagesQueue: get('/v1/admin/messages', BOARD_STAFF),
  messagesStaffAction: post('/v1/admin/messages/{id}/actions', BOARD_STAFF),
  messagesAssistedSubmit: post('/v1/admin/messages', BOARD_STAFF),
  messagesTemplates: get('/v1/admin/message-templates', BOARD_STAFF),
  messagesDashboard: get('/v1/admin/messages/dashboard', BOARD_STAFF),
  messagesDashboardCsv: get('/v1/admin/messages/dashboard.csv', BOARD_STAFF),
  inboxList: get('/v1/me/inbox', USER),
  inboxRead: post('/v1/me/inbox/read', USER),
  inboxSubscriptions: get('/v1/me/subscriptions', USER),
  inboxAnswerSubscriptions: post('/v1/me/subscriptions', USER),
  companiesCreate: post('/v1/companies', USER),
  companiesGet: get('/v1/companies/{id}', SIGNED_IN),
  companiesMine: get('/v1/me/companies', USER),
  companiesCompleteStep: post('/v1/companies/{id}/steps/{stepId}/complete', SIGNED_IN),
  companiesAddNote: post('/v1/companies/{id}/notes', SIGNED_IN),
  companiesEmployeesAdd: post('/v1/companies/{id}/employees', SIGNED_IN),
  companiesEmployeesList: get('/v1/companies/{id}/employees', SIGNED_IN),
  companiesEmployeesEdit: put('/v1/companies/{id}/employees/{employeeId}', SIGNED_IN),
  companiesEmployeesRemove: del('/v1/companies/{id}/employees/{employeeId}', SIGNED_IN),
  companiesEmployeesCsv: get('/v1/companies/{id}/employees.csv', SIGNED_IN),
  companiesEmployeesXlsx: get('/v1/companies/{id}/employees.xlsx', SIGNED_IN),
  companiesEmployeesImport: post('/v1/companies/{id}/employees/import', SIGNED_IN),
  companiesDashboard: get('/v1/admin/companies/dashboard', DESKS),
  companiesDeskList: get('/v1/admin/companies', DESKS),
  companiesAssignSteward: put('/v1/admin/companies/{id}/steward', DESKS),
  companiesStewardList: get('/v1/admin/stewardships', STEWARDS),
  companiesLogVisit: post('/v1/companies/{id}/visits', GRID_AND_DESKS),
  calendarStatus: get('/v1/calendar', PUBLIC),
  calendarLoadYear: put('/v1/admin/calendar/{year}', ADMIN),
  demandsFieldFile: post('/v1/admin/field-demands', GRID),
  demandsFieldList: get('/v1/admin/field-demands', FIELD_READERS),
  demandsCreate: post('/v1/admin/demands', BOARD_STAFF),
  demandsList: get('/v1/admin/demands', BOARD_STAFF),
  demandsDecide: post('/v1/admin/demands/{id}/decision', BOARD_STAFF),
  demandsAnswer: post('/v1/admin/demands/{id}/result', BOARD_STAFF),
  demandsPublic: get('/v1/demands', PUBLIC),
  demandsReferralFile: post('/v1/admin/referrals', GRID),
  demandsReferralList: get('/v1/admin/referrals', ANY_STAFF),
  demandsReferralOutcome: post('/v1/admin/referrals/{id}/outcome', STATION_STAFF),
  openApi: get('/v1/openapi.json', PUBLIC),
  // open data: the catalog as Open Referral HSDS 3.0, the public board as Open311 GeoReport v2 (docs/api.md)
  hsdsRoot: get('/open/hsds', PUBLIC, OPEN_DATA),
  hsdsList: get('/open/hsds/{collection}', PUBLIC, OPEN_DATA),
  hsdsItem: get('/open/hsds/{collection}/{id}', PUBLIC, OPEN_DATA),
  open311Documents: get('/open/georeport/v2/{document}', PUBLIC, OPEN_DATA),
  open311Request: get('/open/georeport/v2/requests/{file}', PUBLIC, OPEN_DATA),
})

export type EndpointName = keyof typeof endpoints

/** `stationsList` → `stations.list`, `sessionsRosterCsv` → `sessions.rosterCsv`: the name logs and cursors use. */
export function logNameOf(name: string): string {
  const split = name.search(/[A-Z]/)
  return split < 0 ? name : `${name.slice(0, split)}.${name[split]!.toLowerCase()}${name.slice(split + 1)}`
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never
export type PathParams<E extends Endpoint> = { [K in ParamNames<E['path']>]: string | number }

/** The request path of an endpoint, each `{param}` filled in and URI-encoded. */
export function pathTo<E extends Endpoint>(endpoint: E, ...[params]: ParamNames<E['path']> extends never ? [] : [PathParams<E>]): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((params as Record<string, string | number>)[name])),
  )
}
