/**
 * Every route of the API with a request that reaches it and who may call it: the rows of the access matrix
 * (functions-int) and the happy paths of the staging pass. A route in serverless.yml without a row fails both.
 */
import { bearer, call, loginCode, signInStaff, signInUser } from './http'
import { seededStations } from './seed-data'
import { createSession, shanghaiDay } from './sessions'
import { editablePolicy, seededPolicy } from './seed-policies'
import { anEmployee, companyAtBankDesk, createCompany, employeeOf, rosterCsv } from './companies'
import { FRESH_STAFF_PASSWORD, newStaff } from './staff'
import { answeredMessage, idempotencyKey, messageBody, submitMessage } from './messages'
import { demandInPingjiang, fileFieldDemand } from './demands'

export const CALLERS = ['anonymous', 'userA', 'userB', 'staffIn', 'staffOut', 'admin'] as const
export type CallerName = (typeof CALLERS)[number]
export type Tokens = Record<CallerName, string | undefined>

export interface Row {
  /** Exactly as in serverless.yml: "METHOD /path/{param}". */
  route: string
  /** The concrete request; may create objects first (owned by userA, placed inside staffIn's scope). */
  request: (tokens: Tokens) => Promise<Request> | Request
  expect: Record<CallerName, number>
  /** Staff accounts playing "in scope" and "out of scope" for this route (default: answerers of two sub-districts). */
  staff?: { in: string; out: string }
  /** Build the request anew for each caller (a login code works once). */
  perCaller?: boolean
  /**
   * For a route whose success would spoil the shared accounts (a password change ends the caller's sessions):
   * the staging pass's happy path, by its own caller, instead of the matrix request.
   */
  happyPath?: () => Promise<{ token: string; request: Request; status: number }>
}

export type Request = { path: string; body?: unknown; headers?: Record<string, string> }

export const everyone = (status: number): Record<CallerName, number> =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<CallerName, number>

/** Session routes are for desks and the admin: 苏锦街道's desk is in scope of 苏锦 stations, the bank desk is not. */
const SESSION_STAFF = { in: 'desk.sujin', out: 'desk.boc' }
/** Company cases at the bank-branch station: its desk is in scope, 苏锦's desk is not. */
const BANK_DESK_STAFF = { in: 'desk.boc', out: 'desk.sujin' }
const SUJIN_SESSION = {
  serviceId: 'svc-talent-experience',
  title: '权限矩阵场次',
  startsAt: shanghaiDay(9, '09:00'),
  endsAt: shanghaiDay(9, '12:00'),
  stationId: 'fp-talent-station',
  capacity: 10,
  signUpBy: shanghaiDay(8, '17:00'),
}

/** Grid workers of two grids of 平江街道: each files in their own. */
const GRID_STAFF = { in: 'grid.pingjianglu', out: 'grid.guanqian' }

const TABLE: Row[] = [
  { route: 'GET /v1/health', request: () => ({ path: '/v1/health' }), expect: everyone(200) },
  { route: 'GET /v1/stations', request: () => ({ path: '/v1/stations?limit=1' }), expect: everyone(200) },
  { route: 'GET /v1/stations/{id}', request: () => ({ path: '/v1/stations/st-district-hall' }), expect: everyone(200) },
  {
    route: 'POST /v1/auth/wechat',
    request: async () => ({ path: '/v1/auth/wechat', body: { code: await loginCode('matrix-c') } }),
    perCaller: true,
    expect: everyone(200),
  },
  {
    // only a staff token (current, or expired within its working day) is traded for a fresh one
    route: 'POST /v1/auth/renew',
    request: () => ({ path: '/v1/auth/renew' }),
    expect: { ...everyone(200), anonymous: 401, userA: 401, userB: 401 },
  },
  {
    // staff reach the password check (a wrong current password: 422); the happy path uses an account of its own
    route: 'POST /v1/me/password',
    request: () => ({ path: '/v1/me/password', body: { currentPassword: 'not-the-password-1', newPassword: 'Another-pass-2027' } }),
    expect: { ...everyone(422), anonymous: 401, userA: 403, userB: 403 },
    happyPath: async () => {
      const username = await newStaff()
      const body = { currentPassword: FRESH_STAFF_PASSWORD, newPassword: 'Another-pass-2027' }
      return { token: (await signInStaff(username, FRESH_STAFF_PASSWORD)).token, request: { path: '/v1/me/password', body }, status: 200 }
    },
  },
  { route: 'GET /v1/admin/staff', request: () => ({ path: '/v1/admin/staff' }), expect: { ...everyone(403), anonymous: 401, admin: 200 } },
  {
    // an account of this row alone: only the admin disables it
    route: 'PUT /v1/admin/staff/{username}',
    request: async () => ({ path: `/v1/admin/staff/${await newStaff()}`, body: { disabled: true } }),
    expect: { ...everyone(403), anonymous: 401, admin: 200 },
  },
  {
    route: 'POST /v1/auth/staff',
    request: () => ({ path: '/v1/auth/staff', body: { username: 'answerer.huqiu', password: 'Doorstep-2026' } }),
    expect: everyone(200),
  },
  { route: 'GET /v1/me', request: () => ({ path: '/v1/me' }), expect: { ...everyone(200), anonymous: 401 } },
  {
    // re-saves a station's own hours, phone and services: only the district admin may
    route: 'PUT /v1/admin/stations/{id}',
    request: () => {
      const { id, hours, phone, serviceIds } = seededStations.find((s) => s.id === 'st-sujin-jiabao')!
      return { path: `/v1/admin/stations/${id}`, body: { hours, phone, serviceIds } }
    },
    expect: { ...everyone(403), anonymous: 401, admin: 200 },
  },
  { route: 'GET /v1/policies', request: () => ({ path: '/v1/policies?q=社保&limit=1' }), expect: everyone(200) },
  { route: 'GET /v1/policies/{id}', request: () => ({ path: '/v1/policies/pol-social-security-card' }), expect: everyone(200) },
  { route: 'POST /v1/policies/match', request: () => ({ path: '/v1/policies/match', body: { who: 'graduate' } }), expect: everyone(200) },
  {
    // creates a policy under a fresh id: only the district admin may
    route: 'POST /v1/admin/policies',
    request: () => ({
      path: '/v1/admin/policies',
      body: { ...editablePolicy(seededPolicy('pol-minimum-wage')), id: `pol-matrix-${Date.now()}` },
    }),
    expect: { ...everyone(403), anonymous: 401, admin: 201 },
  },
  {
    // re-saves a policy as it is: only the district admin may
    route: 'PUT /v1/admin/policies/{id}',
    request: () => ({
      path: '/v1/admin/policies/pol-harmonious-labour-relations',
      body: editablePolicy(seededPolicy('pol-harmonious-labour-relations')),
    }),
    expect: { ...everyone(403), anonymous: 401, admin: 200 },
  },
  { route: 'GET /v1/services', request: () => ({ path: '/v1/services?category=talent' }), expect: everyone(200) },
  { route: 'GET /v1/services/{id}', request: () => ({ path: '/v1/services/svc-senior-school' }), expect: everyone(200) },
  { route: 'GET /v1/services/{id}/sessions', request: () => ({ path: '/v1/services/svc-senior-school/sessions' }), expect: everyone(200) },
  {
    // each resident signs up once for a fresh session
    route: 'POST /v1/sessions/{id}/enrollments',
    request: async () => ({ path: `/v1/sessions/${(await createSession()).id}/enrollments` }),
    expect: { ...everyone(403), anonymous: 401, userA: 201, userB: 201 },
  },
  {
    // userA's enrollment: only userA may cancel it
    route: 'DELETE /v1/enrollments/{id}',
    request: async (tokens) => ({ path: `/v1/enrollments/${await enrollmentOf(tokens.userA!)}` }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 404 },
  },
  {
    // grid workers, desks and the admin sign a resident up on their behalf; residents and board staff may not
    route: 'POST /v1/admin/sessions/{id}/enrollments',
    request: async () => ({
      path: `/v1/admin/sessions/${(await createSession()).id}/enrollments`,
      body: { residentName: '矩阵', residentPhone: '13712340969', consent: true },
      headers: { 'idempotency-key': idempotencyKey() },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 201, admin: 201 },
    staff: GRID_STAFF,
  },
  {
    // a fresh sign-up made for a resident, claimed with its code and phone by whoever signs in with them
    route: 'POST /v1/me/enrollments/claim',
    request: async () => ({ path: '/v1/me/enrollments/claim', body: { code: await onBehalfClaimCode(), phone: '13712340969' } }),
    perCaller: true,
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    // each resident's own key: a claim belongs to the one who sent it
    route: 'POST /v1/messages',
    request: () => ({ path: '/v1/messages', body: messageBody(), headers: { 'idempotency-key': idempotencyKey() } }),
    expect: { ...everyone(403), anonymous: 401, userA: 201, userB: 201 },
  },
  {
    route: 'GET /v1/me/messages',
    request: () => ({ path: '/v1/me/messages' }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    // userA's message in 平江街道: its author and board staff reaching 平江 may read it
    route: 'GET /v1/messages/{id}',
    request: async (tokens) => ({ path: `/v1/messages/${await submitMessage(tokens.userA!)}` }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    // only the author rates an answered message
    route: 'POST /v1/messages/{id}/rating',
    request: async (tokens) => ({ path: `/v1/messages/${await answeredMessage(tokens.userA!)}/rating`, body: { score: 5 } }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 404 },
  },
  {
    // only the author confirms an answer solved it
    route: 'POST /v1/messages/{id}/solved',
    request: async (tokens) => ({ path: `/v1/messages/${await answeredMessage(tokens.userA!)}/solved` }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 404 },
  },
  {
    // only the author reopens an answered message
    route: 'POST /v1/messages/{id}/reopen',
    request: async (tokens) => ({ path: `/v1/messages/${await answeredMessage(tokens.userA!)}/reopen`, body: { reason: '还是没解决' } }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 404 },
  },
  {
    // the open messages in the caller's scope: board staff only (an empty queue is still 200)
    route: 'GET /v1/admin/messages',
    request: () => ({ path: '/v1/admin/messages?limit=5' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 200, admin: 200 },
  },
  {
    // an internal note: board staff reaching 平江 and the admin
    route: 'POST /v1/admin/messages/{id}/actions',
    request: async (tokens) => ({
      path: `/v1/admin/messages/${await submitMessage(tokens.userA!)}/actions`,
      body: { action: 'note', note: '矩阵测试备注' },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  { route: 'GET /v1/messages', request: () => ({ path: '/v1/messages?public=1&limit=1' }), expect: everyone(200) },
  {
    route: 'GET /v1/messages/similar',
    request: () => ({ path: `/v1/messages/similar?text=${encodeURIComponent('社保卡补办')}` }),
    expect: everyone(200),
  },
  {
    // userA's public message: other residents may join it, its author may not (409)
    route: 'POST /v1/messages/{id}/me-too',
    request: async (tokens) => ({ path: `/v1/messages/${await submitMessage(tokens.userA!)}/me-too` }),
    expect: { ...everyone(403), anonymous: 401, userA: 409, userB: 200 },
  },
  {
    // only the author adds to their message
    route: 'POST /v1/messages/{id}/follow-ups',
    request: async (tokens) => ({ path: `/v1/messages/${await submitMessage(tokens.userA!)}/follow-ups`, body: { text: '矩阵测试补充' } }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 404 },
  },
  {
    // a walk-in resident of 平江街道: board staff of 平江 and the admin may file it; 虎丘's answerer may not (422 body.subDistrict)
    route: 'POST /v1/admin/messages',
    request: () => ({
      path: '/v1/admin/messages',
      body: { ...messageBody(), residentName: '矩阵' },
      headers: { 'idempotency-key': idempotencyKey() },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 422, admin: 201 },
  },
  {
    route: 'GET /v1/admin/message-templates',
    request: () => ({ path: '/v1/admin/message-templates' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 200, admin: 200 },
  },
  {
    // 平江街道's dashboard: its answerer and the admin; 虎丘's answerer gets 404
    route: 'GET /v1/admin/messages/dashboard',
    request: () => ({ path: '/v1/admin/messages/dashboard?subDistrict=pingjiang&weeks=2' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    route: 'GET /v1/admin/messages/dashboard.csv',
    request: () => ({ path: '/v1/admin/messages/dashboard.csv?subDistrict=pingjiang&weeks=2' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    route: 'GET /v1/me/inbox',
    request: () => ({ path: '/v1/me/inbox' }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    route: 'GET /v1/me/subscriptions',
    request: () => ({ path: '/v1/me/subscriptions' }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    route: 'POST /v1/me/subscriptions',
    request: () => ({ path: '/v1/me/subscriptions', body: { answers: { 'standin-tmpl-message-status': 'reject' } } }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  { route: 'GET /v1/calendar', request: () => ({ path: '/v1/calendar' }), expect: everyone(200) },
  {
    // a year no other test reads: only the district admin loads the State Council's schedule
    route: 'PUT /v1/admin/calendar/{year}',
    request: () => ({
      path: '/v1/admin/calendar/2098',
      body: { holidays: [{ name: '元旦', from: '2098-01-01', to: '2098-01-01' }], workdays: [] },
    }),
    expect: { ...everyone(403), anonymous: 401, admin: 200 },
  },
  {
    route: 'POST /v1/me/inbox/read',
    request: () => ({ path: '/v1/me/inbox/read', body: {} }),
    expect: { ...everyone(403), anonymous: 401, userA: 204, userB: 204 },
  },
  {
    route: 'GET /v1/me/enrollments',
    request: () => ({ path: '/v1/me/enrollments' }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    // a session at a station in 苏锦街道: its desk and the admin may
    route: 'POST /v1/admin/sessions',
    request: () => ({ path: '/v1/admin/sessions', body: SUJIN_SESSION }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 404, admin: 201 },
    staff: SESSION_STAFF,
  },
  {
    route: 'PUT /v1/admin/sessions/{id}',
    request: async () => {
      const { serviceId: _service, ...edit } = SUJIN_SESSION
      return { path: `/v1/admin/sessions/${(await createSession(SUJIN_SESSION)).id}`, body: edit }
    },
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    route: 'GET /v1/admin/sessions/{id}/roster',
    request: async () => ({ path: `/v1/admin/sessions/${(await createSession(SUJIN_SESSION)).id}/roster` }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    route: 'GET /v1/admin/sessions/{id}/roster.csv',
    request: async () => ({ path: `/v1/admin/sessions/${(await createSession(SUJIN_SESSION)).id}/roster.csv` }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    route: 'PUT /v1/admin/enrollments/{id}/attendance',
    request: async (tokens) => ({
      path: `/v1/admin/enrollments/${await enrollmentOf(tokens.userA!, SUJIN_SESSION)}/attendance`,
      body: { attended: true },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    // callers go in turn with the same credit code: the first case wins, the next owner finds it taken
    route: 'POST /v1/companies',
    request: () => ({ path: '/v1/companies', body: companyAtBankDesk() }),
    expect: { ...everyone(403), anonymous: 401, userA: 201, userB: 409 },
  },
  {
    route: 'GET /v1/me/companies',
    request: () => ({ path: '/v1/me/companies' }),
    expect: { ...everyone(403), anonymous: 401, userA: 200, userB: 200 },
  },
  {
    // userA's case at the bank-branch desk: its owner, that desk and the admin
    route: 'GET /v1/companies/{id}',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}` }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // the same step in turn: the owner completes it, those allowed after them find it done (409)
    route: 'POST /v1/companies/{id}/steps/{stepId}/complete',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/steps/bank-account/complete`, body: {} }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 409, staffOut: 404, admin: 409 },
    staff: BANK_DESK_STAFF,
  },
  {
    // the bank desk's case gets a 用工管家: its desk and the admin may assign; 苏锦's desk is out of scope (404)
    route: 'PUT /v1/admin/companies/{id}/steward',
    request: async (tokens) => ({
      path: `/v1/admin/companies/${(await createCompany(tokens.userA!)).id}/steward`,
      body: { staffId: 'grid.pingjianglu', contact: '13812345678' },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // a steward's own companies: desk and grid accounts (an empty list is still 200)
    route: 'GET /v1/admin/stewardships',
    request: () => ({ path: '/v1/admin/stewardships' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    route: 'POST /v1/companies/{id}/visits',
    request: async (tokens) => ({
      path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/visits`,
      body: { did: ['roster'], text: '矩阵测试走访' },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    route: 'POST /v1/companies/{id}/notes',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/notes`, body: { text: '矩阵测试备注' } }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // the same person in turn: the owner adds them, those allowed after them find them on the roster (409)
    route: 'POST /v1/companies/{id}/employees',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/employees`, body: anEmployee() }),
    expect: { anonymous: 401, userA: 201, userB: 404, staffIn: 409, staffOut: 404, admin: 409 },
    staff: BANK_DESK_STAFF,
  },
  {
    route: 'GET /v1/companies/{id}/employees',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/employees` }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // re-saves userA's employee as they are: the owner, that desk and the admin
    route: 'PUT /v1/companies/{id}/employees/{employeeId}',
    request: async (tokens) => {
      const { path, employee } = await employeeOf(tokens.userA!)
      const { idNumber: _fixed, ...edit } = employee
      return { path, body: edit }
    },
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // in turn: the owner removes the employee, those allowed after them find no one (404)
    route: 'DELETE /v1/companies/{id}/employees/{employeeId}',
    request: async (tokens) => ({ path: (await employeeOf(tokens.userA!)).path }),
    expect: { anonymous: 401, userA: 204, userB: 404, staffIn: 404, staffOut: 404, admin: 404 },
    staff: BANK_DESK_STAFF,
  },
  {
    route: 'GET /v1/companies/{id}/employees.csv',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/employees.csv` }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    route: 'GET /v1/companies/{id}/employees.xlsx',
    request: async (tokens) => ({ path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/employees.xlsx` }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // mode=valid, the same person in turn: the owner imports them, those allowed after them get the report (skipped)
    route: 'POST /v1/companies/{id}/employees/import',
    request: async (tokens) => ({
      path: `/v1/companies/${(await createCompany(tokens.userA!)).id}/employees/import?mode=valid`,
      body: { csv: rosterCsv([anEmployee()]) },
    }),
    expect: { anonymous: 401, userA: 200, userB: 404, staffIn: 200, staffOut: 404, admin: 200 },
    staff: BANK_DESK_STAFF,
  },
  {
    // 苏锦's figures: 苏锦's desk and the admin; the bank desk (a station scope) may not choose a sub-district (400)
    route: 'GET /v1/admin/companies/dashboard',
    request: () => ({ path: '/v1/admin/companies/dashboard?subDistrict=sujin' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 400, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    // 苏锦's cases: 苏锦's desk and the admin; the bank desk (a station scope) may not choose a sub-district (400)
    route: 'GET /v1/admin/companies',
    request: () => ({ path: '/v1/admin/companies?subDistrict=sujin' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 400, admin: 200 },
    staff: SESSION_STAFF,
  },
  {
    // a grid worker files in their own grid; board staff and the admin hear no doorsteps of their own (403)
    route: 'POST /v1/admin/field-demands',
    request: () => ({
      path: '/v1/admin/field-demands',
      body: { topic: '矩阵', text: '权限矩阵的走访需求', households: 1 },
      headers: { 'idempotency-key': idempotencyKey() },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 201 },
    staff: GRID_STAFF,
  },
  {
    // 平江's field demands: its answerer and the admin; 虎丘's answerer gets 404
    route: 'GET /v1/admin/field-demands',
    request: () => ({ path: '/v1/admin/field-demands?subDistrict=pingjiang' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    // grouping a 平江 field demand in 平江: its answerer and the admin; 虎丘's answerer may not file in 平江 (422)
    route: 'POST /v1/admin/demands',
    request: async () => ({
      path: '/v1/admin/demands',
      body: {
        topic: '矩阵',
        summary: '权限矩阵的需求',
        subDistrict: 'pingjiang',
        fieldDemandIds: [await fileFieldDemand(await staffToken('grid.pingjianglu'))],
      },
    }),
    perCaller: true,
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 422, admin: 201 },
  },
  {
    route: 'GET /v1/admin/demands',
    request: () => ({ path: '/v1/admin/demands?subDistrict=pingjiang' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    route: 'POST /v1/admin/demands/{id}/decision',
    request: async () => ({ path: `/v1/admin/demands/${await pingjiangDemand()}/decision`, body: { decision: 'adopt' } }),
    perCaller: true,
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    route: 'POST /v1/admin/demands/{id}/result',
    request: async () => ({
      path: `/v1/admin/demands/${await pingjiangDemand({ adopt: true })}/result`,
      body: { kind: 'service', serviceId: 'svc-senior-school' },
    }),
    perCaller: true,
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  { route: 'GET /v1/demands', request: () => ({ path: '/v1/demands' }), expect: everyone(200) },
  {
    // a grid worker refers a resident to a station in their sub-district; no one else refers
    route: 'POST /v1/admin/referrals',
    request: () => ({
      path: '/v1/admin/referrals',
      body: {
        stationId: 'st-pingjiang-pingjianglu',
        topic: '矩阵',
        text: '权限矩阵的转介',
        resident: { name: '矩阵', phone: '13800001111', consent: true },
      },
      headers: { 'idempotency-key': idempotencyKey() },
    }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 201, staffOut: 201 },
    staff: GRID_STAFF,
  },
  {
    route: 'GET /v1/admin/referrals',
    request: () => ({ path: '/v1/admin/referrals?subDistrict=pingjiang' }),
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  {
    // a fresh 平江 referral for each caller: 平江's answerer and the admin answer it; 虎丘's answerer gets 404
    route: 'POST /v1/admin/referrals/{id}/outcome',
    request: async () => ({
      path: `/v1/admin/referrals/${await pingjiangReferral()}/outcome`,
      body: { outcome: 'resolved', note: '矩阵测试' },
    }),
    perCaller: true,
    expect: { ...everyone(403), anonymous: 401, staffIn: 200, staffOut: 404, admin: 200 },
  },
  { route: 'GET /v1/openapi.json', request: () => ({ path: '/v1/openapi.json' }), expect: everyone(200) },
  // open data: public, the same for everyone (per-IP limited, like any script would be)
  { route: 'GET /open/hsds', request: () => ({ path: '/open/hsds' }), expect: everyone(200) },
  { route: 'GET /open/hsds/{collection}', request: () => ({ path: '/open/hsds/locations?per_page=2' }), expect: everyone(200) },
  {
    route: 'GET /open/hsds/{collection}/{id}',
    request: async () => {
      const { body } = await call<{ contents: { id: string }[] }>('GET', '/open/hsds/services?per_page=1')
      return { path: `/open/hsds/services/${body.contents[0]!.id}` }
    },
    expect: everyone(200),
  },
  { route: 'GET /open/georeport/v2/{document}', request: () => ({ path: '/open/georeport/v2/services.json' }), expect: everyone(200) },
  {
    route: 'GET /open/georeport/v2/requests/{file}',
    request: async () => {
      const { body } = await call<{ service_request_id: string }[]>('GET', '/open/georeport/v2/requests.json')
      return { path: `/open/georeport/v2/requests/${body[0]!.service_request_id}.xml` }
    },
    expect: everyone(200),
  },
]

/**
 * Writes the seeded admin would otherwise make in the staging pass, made by the set-up admin instead: the staging
 * pass keeps production's per-person write limit, and the seeded admin is the caller of many rows within a minute.
 */
const BY_SET_UP_ADMIN = new Set([
  'POST /v1/admin/sessions/{id}/enrollments',
  'POST /v1/admin/demands',
  'POST /v1/admin/demands/{id}/decision',
  'POST /v1/admin/demands/{id}/result',
  'POST /v1/admin/referrals/{id}/outcome',
  'PUT /v1/admin/companies/{id}/steward',
  'POST /v1/companies/{id}/visits',
])

export const ROWS: Row[] = TABLE.map((row) => (BY_SET_UP_ADMIN.has(row.route) ? bySetUpAdmin(row) : row))

let setUpRun = 0
/** The row's request, made with a fresh resident as userA, sent by the set-up admin (its expected status: admin's). */
function bySetUpAdmin(row: Row): Row {
  return {
    ...row,
    happyPath: async () => {
      const tokens = Object.fromEntries(CALLERS.map((c) => [c, undefined])) as Tokens
      tokens.userA = (await signInUser(`staging-set-up-${process.pid}-${setUpRun++}`)).token
      return { token: await setUpAdmin(), request: await row.request(tokens), status: row.expect.admin }
    },
  }
}

/** A referral by 平江路's grid worker to 平江路's station: its id. */
async function pingjiangReferral(): Promise<string> {
  const res = await call('POST', '/v1/admin/referrals', {
    body: {
      stationId: 'st-pingjiang-pingjianglu',
      topic: '矩阵',
      text: '权限矩阵的转介',
      resident: { name: '矩阵', phone: '13800001111', consent: true },
    },
    headers: { ...bearer(await staffToken('grid.pingjianglu')), 'idempotency-key': idempotencyKey() },
  })
  if (res.status !== 201) throw new Error(`referral failed: ${res.status}`)
  return res.body.id
}

const pingjiangDemand = async (options: { adopt?: boolean } = {}) =>
  demandInPingjiang({ grid: await staffToken('grid.pingjianglu'), admin: await setUpAdmin() }, options)

let setUp: Promise<string> | undefined
/**
 * A district admin of this process alone, who makes the objects rows need: the seeded admin is a caller of many rows,
 * and the staging pass keeps production's per-person write limit.
 */
function setUpAdmin(): Promise<string> {
  setUp ??= newStaff(FRESH_STAFF_PASSWORD, { role: 'admin', scope: { kind: 'district' } }).then(
    async (username) => (await signInStaff(username, FRESH_STAFF_PASSWORD)).token,
  )
  return setUp
}

/** A fresh session with a resident signed up by a grid worker: the code to claim it by. */
async function onBehalfClaimCode(): Promise<string> {
  const { id } = await createSession()
  const res = await call('POST', `/v1/admin/sessions/${id}/enrollments`, {
    body: { residentName: '矩阵', residentPhone: '13712340969', consent: true },
    headers: { ...bearer(await staffToken('grid.pingjianglu')), 'idempotency-key': idempotencyKey() },
  })
  if (res.status !== 201) throw new Error(`on-behalf sign-up failed: ${res.status}`)
  return res.body.claimCode
}

/** A fresh session with `token`'s owner signed up: their enrollment id. */
async function enrollmentOf(token: string, session: Parameters<typeof createSession>[0] = {}): Promise<string> {
  const { id } = await createSession(session)
  const res = await call('POST', `/v1/sessions/${id}/enrollments`, { headers: bearer(token) })
  if (res.status !== 201) throw new Error(`enrollment failed: ${res.status}`)
  return res.body.id
}

export const DEFAULT_STAFF = { in: 'answerer.pingjiang', out: 'answerer.huqiu' }

const tokenCache = new Map<string, string>()
export async function staffToken(username: string) {
  if (!tokenCache.has(username)) tokenCache.set(username, (await signInStaff(username)).token)
  return tokenCache.get(username)!
}
