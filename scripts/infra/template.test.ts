/**
 * The deployable truth, checked: `osls package --stage test` (run by `npm test` first) writes the
 * CloudFormation template; this reads it the way AWS would.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { endpoints } from '@doorstep/shared'
import { TABLE_ENV } from '../../functions/src/core/db/tables'
import { TEST_STAGE_PACKAGE } from '../local-stack/paths'

type Resource = { Type: string; Properties: Record<string, any> }
type Statement = { Effect: string; Action: string | string[]; Resource: unknown }

/** The functions that may read each SSM parameter (by its last path segment); no other function may read any. */
const EXPECTED_SSM_READERS: Record<string, string[]> = {
  'wechat-app-secret': [
    'AuthWeChat',
    'MessagesSubmit',
    'MessagesFollowUp',
    'MessagesStaffAction',
    'CompaniesRemindDeadlines',
    'DemandsAnswer',
  ],
  'jwt-private-key': ['AuthWeChat', 'AuthStaff', 'AuthRenew', 'AuthChangePassword'],
  'employee-id-key': ['CompaniesEmployeesAdd', 'CompaniesEmployeesImport'],
  'cursor-key': ['StationsList', 'PoliciesSearch', 'MessagesBoard', 'MessagesQueue', 'InboxList', 'CompaniesDeskList'],
}

/** Scheduled functions: a run that still fails after Lambda's retries goes to this queue. */
const SCHEDULED = [
  'MessagesBoardSnapshot',
  'MessagesEscalateOverdue',
  'CompaniesRemindDeadlines',
  'CalendarCheckCoverage',
  'EnrollmentsRepairPending',
]

/** A policy write keeps the live index and its snapshot current (data model C8a–C8d). */
const POLICY_ADMIN_ACCESS = {
  'dynamodb:PutItem': ['CatalogTable', 'SnapshotsTable'],
  'dynamodb:UpdateItem': ['CatalogTable', 'RateLimitsTable'],
  'dynamodb:GetItem': ['CatalogTable', 'SnapshotsTable'],
  'dynamodb:Query': ['CatalogTable', 'CatalogTable/index/gsi2'],
  'dynamodb:BatchGetItem': ['CatalogTable', 'SnapshotsTable'],
  'dynamodb:BatchWriteItem': ['SnapshotsTable'],
}

/** Both read the board set, restored from its snapshot and caught up from gsi3, then the page's items. */
const BOARD_READ_ACCESS = {
  'dynamodb:Query': ['MessagesTable/index/gsi3'],
  'dynamodb:GetItem': ['SnapshotsTable'],
  'dynamodb:BatchGetItem': ['MessagesTable', 'SnapshotsTable'],
}

/**
 * What each function may do, by table resource name. A function missing here fails the test:
 * adding a function means deciding its permissions here and in infra/functions.yml.
 */
/** The whole catalog (stations and services by their list index, upcoming sessions by service), per-IP limited. */
const HSDS_READS = {
  'dynamodb:Query': ['CatalogTable/index/gsi2', 'EnrollmentsTable/index/gsi1'],
  'dynamodb:UpdateItem': ['RateLimitsTable'],
}
/** The board index, a tracking number's item and its message; the stations to place requests at; per-IP limited. */
const OPEN311_READS = {
  'dynamodb:Query': ['CatalogTable/index/gsi2', 'MessagesTable/index/gsi3'],
  'dynamodb:GetItem': ['MessagesTable'],
  'dynamodb:UpdateItem': ['RateLimitsTable'],
}

const EXPECTED_DYNAMODB_ACCESS: Record<string, Record<string, string[]>> = {
  Health: { 'dynamodb:Query': ['CatalogTable'] },
  StationsList: { 'dynamodb:Query': ['CatalogTable', 'CatalogTable/index/gsi1', 'CatalogTable/index/gsi2', 'CatalogTable/index/gsi3'] },
  StationsGet: { 'dynamodb:GetItem': ['CatalogTable'] },
  AuthWeChat: {
    'dynamodb:GetItem': ['AccountsTable'],
    'dynamodb:PutItem': ['AccountsTable'],
    'dynamodb:UpdateItem': ['AccountsTable', 'RateLimitsTable'],
  },
  AuthStaff: { 'dynamodb:GetItem': ['AccountsTable'], 'dynamodb:UpdateItem': ['AccountsTable', 'RateLimitsTable'] },
  AuthMe: { 'dynamodb:GetItem': ['AccountsTable'] },
  AuthRenew: { 'dynamodb:UpdateItem': ['RateLimitsTable'] },
  AuthChangePassword: { 'dynamodb:UpdateItem': ['AccountsTable', 'RateLimitsTable'] },
  AuthListStaff: { 'dynamodb:Query': ['AccountsTable'], 'dynamodb:BatchGetItem': ['AccountsTable'] },
  AuthChangeStaff: { 'dynamodb:UpdateItem': ['AccountsTable', 'RateLimitsTable'] },
  StationsUpdate: {
    'dynamodb:BatchGetItem': ['CatalogTable'],
    'dynamodb:UpdateItem': ['CatalogTable', 'RateLimitsTable'],
  },
  PoliciesSearch: {
    'dynamodb:GetItem': ['CatalogTable', 'SnapshotsTable'],
    'dynamodb:Query': ['CatalogTable', 'CatalogTable/index/gsi2'],
    'dynamodb:BatchGetItem': ['CatalogTable', 'SnapshotsTable'],
  },
  PoliciesGet: { 'dynamodb:GetItem': ['CatalogTable'], 'dynamodb:BatchGetItem': ['CatalogTable'] },
  PoliciesMatch: {
    'dynamodb:GetItem': ['CatalogTable'],
    'dynamodb:Query': ['CatalogTable/index/gsi2'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  PoliciesCreate: POLICY_ADMIN_ACCESS,
  PoliciesUpdate: POLICY_ADMIN_ACCESS,
  ServicesList: { 'dynamodb:Query': ['CatalogTable/index/gsi1', 'CatalogTable/index/gsi2'] },
  ServicesGet: {
    'dynamodb:GetItem': ['CatalogTable'],
    'dynamodb:BatchGetItem': ['CatalogTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi1'],
  },
  ServicesSessions: { 'dynamodb:GetItem': ['CatalogTable'], 'dynamodb:Query': ['EnrollmentsTable/index/gsi1'] },
  EnrollmentsCreate: {
    'dynamodb:GetItem': ['AccountsTable', 'EnrollmentsTable'],
    'dynamodb:PutItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  EnrollmentsOnBehalf: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:PutItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  EnrollmentsClaim: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  EnrollmentsCancel: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  MessagesSubmit: {
    'dynamodb:GetItem': ['MessagesTable', 'CatalogTable', 'AccountsTable'],
    'dynamodb:PutItem': ['MessagesTable'],
    'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CatalogTable'],
  },
  MessagesBoard: BOARD_READ_ACCESS,
  MessagesSimilar: BOARD_READ_ACCESS,
  MessagesMeToo: { 'dynamodb:GetItem': ['MessagesTable'], 'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'] },
  MessagesFollowUp: { 'dynamodb:GetItem': ['MessagesTable', 'AccountsTable'], 'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'] },
  MessagesAssistedSubmit: {
    'dynamodb:GetItem': ['MessagesTable', 'CatalogTable'],
    'dynamodb:PutItem': ['MessagesTable'],
    'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CatalogTable'],
  },
  MessagesTemplates: {},
  MessagesDashboard: { 'dynamodb:Query': ['MessagesTable/index/gsi4'] },
  MessagesDashboardCsv: { 'dynamodb:Query': ['MessagesTable/index/gsi4'] },
  InboxList: { 'dynamodb:Query': ['InboxTable/index/gsi1', 'InboxTable/index/gsi2'] },
  InboxRead: { 'dynamodb:Query': ['InboxTable/index/gsi2'], 'dynamodb:UpdateItem': ['InboxTable', 'RateLimitsTable'] },
  MessagesMine: { 'dynamodb:Query': ['MessagesTable/index/gsi1'] },
  MessagesGet: { 'dynamodb:GetItem': ['MessagesTable'] },
  MessagesRate: { 'dynamodb:GetItem': ['MessagesTable'], 'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'] },
  MessagesStaffAction: {
    'dynamodb:GetItem': ['MessagesTable', 'AccountsTable'],
    'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable', 'AccountsTable'],
    'dynamodb:PutItem': ['InboxTable'],
  },
  MessagesConfirmSolved: { 'dynamodb:GetItem': ['MessagesTable'], 'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'] },
  MessagesReopen: {
    'dynamodb:GetItem': ['MessagesTable'],
    'dynamodb:UpdateItem': ['MessagesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CatalogTable'],
  },
  MessagesQueue: { 'dynamodb:Query': ['MessagesTable/index/gsi2'] },
  MessagesBoardSnapshot: {
    'dynamodb:Query': ['MessagesTable/index/gsi3'],
    'dynamodb:PutItem': ['SnapshotsTable'],
    'dynamodb:BatchWriteItem': ['SnapshotsTable'],
  },
  DemandsFieldFile: {
    'dynamodb:GetItem': ['DemandsTable'],
    'dynamodb:PutItem': ['DemandsTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  DemandsFieldList: { 'dynamodb:Query': ['DemandsTable/index/gsi1', 'DemandsTable/index/gsi2'] },
  DemandsCreate: {
    'dynamodb:BatchGetItem': ['DemandsTable'],
    'dynamodb:GetItem': ['DemandsTable', 'MessagesTable'],
    'dynamodb:PutItem': ['DemandsTable'],
    'dynamodb:DeleteItem': ['DemandsTable'],
    'dynamodb:UpdateItem': ['DemandsTable', 'RateLimitsTable'],
  },
  DemandsList: { 'dynamodb:Query': ['DemandsTable/index/gsi1'] },
  DemandsDecide: {
    'dynamodb:GetItem': ['DemandsTable'],
    'dynamodb:UpdateItem': ['DemandsTable', 'RateLimitsTable'],
    'dynamodb:BatchGetItem': ['DemandsTable'],
  },
  DemandsAnswer: {
    'dynamodb:GetItem': ['DemandsTable', 'MessagesTable', 'EnrollmentsTable', 'CatalogTable', 'AccountsTable'],
    'dynamodb:UpdateItem': ['DemandsTable', 'RateLimitsTable', 'AccountsTable'],
    'dynamodb:BatchGetItem': ['DemandsTable'],
    'dynamodb:PutItem': ['InboxTable'],
  },
  DemandsPublic: { 'dynamodb:Query': ['DemandsTable/index/gsi2'] },
  DemandsReferralFile: {
    'dynamodb:GetItem': ['DemandsTable', 'CatalogTable'],
    'dynamodb:PutItem': ['DemandsTable'],
    'dynamodb:Query': ['CatalogTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  DemandsReferralList: { 'dynamodb:Query': ['DemandsTable/index/gsi1', 'DemandsTable/index/gsi2'] },
  DemandsReferralOutcome: { 'dynamodb:GetItem': ['DemandsTable'], 'dynamodb:UpdateItem': ['DemandsTable', 'RateLimitsTable'] },
  OpenApi: {},
  MessagesEscalateOverdue: { 'dynamodb:Query': ['MessagesTable/index/gsi2'], 'dynamodb:UpdateItem': ['MessagesTable'] },
  EnrollmentsRepairPending: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  EnrollmentsMine: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:BatchGetItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi1', 'EnrollmentsTable/index/gsi2'],
  },
  SessionsCreate: {
    'dynamodb:GetItem': ['CatalogTable'],
    'dynamodb:PutItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  SessionsUpdate: {
    'dynamodb:GetItem': ['CatalogTable', 'EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
    'dynamodb:Query': ['EnrollmentsTable/index/gsi2'],
  },
  SessionsRoster: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:Query': ['EnrollmentsTable', 'EnrollmentsTable/index/gsi2'],
    'dynamodb:UpdateItem': ['EnrollmentsTable'],
  },
  SessionsRosterCsv: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:Query': ['EnrollmentsTable', 'EnrollmentsTable/index/gsi2'],
    'dynamodb:UpdateItem': ['EnrollmentsTable'],
  },
  EnrollmentsAttendance: {
    'dynamodb:GetItem': ['EnrollmentsTable'],
    'dynamodb:UpdateItem': ['EnrollmentsTable', 'RateLimitsTable'],
  },
  CompaniesCreate: {
    'dynamodb:GetItem': ['CatalogTable', 'CompaniesTable'],
    'dynamodb:PutItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'],
  },
  CompaniesGet: { 'dynamodb:GetItem': ['CompaniesTable'], 'dynamodb:Query': ['CompaniesTable'] },
  CompaniesMine: { 'dynamodb:Query': ['CompaniesTable/index/gsi1'] },
  CompaniesCompleteStep: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CompaniesTable'],
  },
  CompaniesAddNote: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CompaniesTable'],
  },
  CompaniesAssignSteward: {
    'dynamodb:GetItem': ['CompaniesTable', 'AccountsTable'],
    'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CompaniesTable'],
  },
  CompaniesStewardList: { 'dynamodb:Query': ['CompaniesTable/index/gsi5'] },
  CompaniesLogVisit: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'],
    'dynamodb:Query': ['CompaniesTable'],
  },
  CompaniesEmployeesAdd: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:PutItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  CompaniesEmployeesList: { 'dynamodb:GetItem': ['CompaniesTable'], 'dynamodb:Query': ['CompaniesTable'] },
  CompaniesEmployeesEdit: { 'dynamodb:GetItem': ['CompaniesTable'], 'dynamodb:UpdateItem': ['CompaniesTable', 'RateLimitsTable'] },
  CompaniesEmployeesRemove: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:DeleteItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  CompaniesEmployeesCsv: { 'dynamodb:GetItem': ['CompaniesTable'], 'dynamodb:Query': ['CompaniesTable'] },
  CompaniesEmployeesXlsx: { 'dynamodb:GetItem': ['CompaniesTable'], 'dynamodb:Query': ['CompaniesTable'] },
  CompaniesEmployeesImport: {
    'dynamodb:GetItem': ['CompaniesTable'],
    'dynamodb:Query': ['CompaniesTable'],
    'dynamodb:PutItem': ['CompaniesTable'],
    'dynamodb:DeleteItem': ['CompaniesTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  CompaniesDashboard: { 'dynamodb:Query': ['CompaniesTable/index/gsi2', 'CompaniesTable/index/gsi3'] },
  CompaniesRemindDeadlines: {
    'dynamodb:Query': ['CompaniesTable/index/gsi4'],
    'dynamodb:PutItem': ['InboxTable'],
    'dynamodb:GetItem': ['AccountsTable'],
    'dynamodb:UpdateItem': ['AccountsTable'],
  },
  CalendarStatus: { 'dynamodb:Query': ['CatalogTable'] },
  CalendarLoadYear: {
    'dynamodb:PutItem': ['CatalogTable'],
    'dynamodb:Query': ['CatalogTable'],
    'dynamodb:UpdateItem': ['RateLimitsTable'],
  },
  CalendarCheckCoverage: { 'dynamodb:Query': ['CatalogTable'] },
  InboxSubscriptions: { 'dynamodb:Query': ['AccountsTable'] },
  InboxAnswerSubscriptions: { 'dynamodb:UpdateItem': ['AccountsTable', 'RateLimitsTable'], 'dynamodb:Query': ['AccountsTable'] },
  CompaniesDeskList: { 'dynamodb:Query': ['CompaniesTable/index/gsi2', 'CompaniesTable/index/gsi3'] },
  // open data: reads only, each call counted against the caller's address
  HsdsRoot: { 'dynamodb:UpdateItem': ['RateLimitsTable'] },
  HsdsList: HSDS_READS,
  HsdsItem: HSDS_READS,
  Open311Documents: OPEN311_READS,
  Open311Request: OPEN311_READS,
}

let resources: Record<string, Resource>
let environment: Record<string, string>

beforeAll(() => {
  const file = join(TEST_STAGE_PACKAGE, 'cloudformation-template-update-stack.json')
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx osls package --stage test\` first (npm test does)`)
  resources = JSON.parse(readFileSync(file, 'utf8')).Resources
  const anyFunction = Object.values(resources).find((r) => r.Type === 'AWS::Lambda::Function')!
  environment = anyFunction.Properties.Environment.Variables
})

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type)

/** `!GetAtt T.Arn` → "T", `!Sub '${T.Arn}/index/x'` → "T/index/x"; anything else is shown as JSON. */
function resourceName(ref: unknown): string {
  if (typeof ref === 'object' && ref !== null) {
    const getAtt = (ref as any)['Fn::GetAtt']
    if (Array.isArray(getAtt) && getAtt[1] === 'Arn') return getAtt[0]
    const sub = (ref as any)['Fn::Sub']
    if (typeof sub === 'string') return sub.replace(/\$\{(\w+)\.Arn\}/, '$1')
  }
  return JSON.stringify(ref)
}

function statementsOf(functionResource: Resource): Statement[] {
  const roleName = functionResource.Properties.Role['Fn::GetAtt'][0] as string
  return resources[roleName]!.Properties.Policies.flatMap((p: { PolicyDocument: { Statement: Statement[] } }) => p.PolicyDocument.Statement)
}

/** The statement every role inherits from the provider: read staff profiles only (the staff standing check). */
const isStaffStandingRead = (statement: Statement) =>
  JSON.stringify(statement.Action) === JSON.stringify(['dynamodb:GetItem']) &&
  resourceName(statement.Resource) === 'AccountsTable' &&
  JSON.stringify((statement as { Condition?: unknown }).Condition) ===
    JSON.stringify({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['STAFF#*'] } })

function dynamoAccessOf(functionResource: Resource): Record<string, string[]> {
  const access: Record<string, string[]> = {}
  for (const statement of statementsOf(functionResource).filter((s) => !isStaffStandingRead(s))) {
    const actions = [statement.Action].flat().filter((a) => a.startsWith('dynamodb:'))
    const targets = [statement.Resource].flat().map(resourceName)
    for (const action of actions) access[action] = [...(access[action] ?? []), ...targets].sort()
  }
  return access
}

describe('CloudFormation template', () => {
  it('declares every table the code reads, on demand, with point-in-time recovery and encryption', () => {
    const tables = new Map(ofType('AWS::DynamoDB::Table').map(([, t]) => [t.Properties.TableName, t.Properties]))
    for (const variable of Object.values(TABLE_ENV)) {
      const name = environment[variable]
      expect(name, `${variable} is not set on the functions`).toBeTruthy()
      const table = tables.get(name!)
      expect(table, `no table named ${name}`).toBeDefined()
      expect(table!.BillingMode).toBe('PAY_PER_REQUEST')
      expect(table!.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true })
      expect(table!.SSESpecification).toEqual({ SSEEnabled: true })
    }
  })

  it('expires Idempotency-Key claims, inbox notes and replaced snapshot chunks through TTL on expiresAt', () => {
    const tables = Object.fromEntries(ofType('AWS::DynamoDB::Table'))
    for (const name of ['MessagesTable', 'InboxTable', 'SnapshotsTable']) {
      expect(tables[name]?.Properties.TimeToLiveSpecification, name).toEqual({ AttributeName: 'expiresAt', Enabled: true })
    }
  })

  it('runs every function on nodejs22.x', () => {
    const functions = ofType('AWS::Lambda::Function')
    expect(functions.length).toBeGreaterThan(0)
    for (const [name, fn] of functions) expect(fn.Properties.Runtime, name).toBe('nodejs22.x')
  })

  it('gives each function only the DynamoDB actions and tables it uses', () => {
    const functions = ofType('AWS::Lambda::Function')
    const names = functions.map(([name]) => name.replace(/LambdaFunction$/, '')).sort()
    expect(names).toEqual(Object.keys(EXPECTED_DYNAMODB_ACCESS).sort())
    for (const [name, fn] of functions) {
      const key = name.replace(/LambdaFunction$/, '')
      const expected = Object.fromEntries(Object.entries(EXPECTED_DYNAMODB_ACCESS[key]!).map(([a, t]) => [a, [...t].sort()]))
      expect(dynamoAccessOf(fn), key).toEqual(expected)
    }
  })

  it('lets only the functions that need a secret read it, by an ARN that works in every partition', () => {
    const readers: Record<string, string[]> = {}
    for (const [name, fn] of ofType('AWS::Lambda::Function')) {
      for (const statement of statementsOf(fn)) {
        if (![statement.Action].flat().some((a) => a.startsWith('ssm:'))) continue
        expect([statement.Action].flat(), name).toEqual(['ssm:GetParameter'])
        for (const target of [statement.Resource].flat()) {
          const arn = (target as { 'Fn::Sub': string })['Fn::Sub']
          expect(arn, name).toMatch(
            /^arn:\$\{AWS::Partition\}:ssm:\$\{AWS::Region\}:\$\{AWS::AccountId\}:parameter\/doorstep\/test\/[a-z-]+$/,
          )
          const parameter = arn.split('/').at(-1)!
          readers[parameter] = [...(readers[parameter] ?? []), name.replace(/LambdaFunction$/, '')].sort()
        }
      }
    }
    expect(readers).toEqual(Object.fromEntries(Object.entries(EXPECTED_SSM_READERS).map(([p, f]) => [p, [...f].sort()])))
    expect(JSON.stringify(resources)).not.toContain('arn:aws:')
  })

  it('sends a scheduled run that keeps failing to a queue instead of losing it', () => {
    const configs = Object.fromEntries(
      ofType('AWS::Lambda::EventInvokeConfig').map(([, c]) => [c.Properties.FunctionName.Ref.replace(/LambdaFunction$/, ''), c.Properties]),
    )
    expect(Object.keys(configs).sort()).toEqual([...SCHEDULED].sort())
    for (const name of SCHEDULED) {
      expect(configs[name].DestinationConfig.OnFailure.Destination, name).toEqual({ 'Fn::GetAtt': ['ScheduledFailuresQueue', 'Arn'] })
      expect(configs[name].MaximumRetryAttempts, name).toBe(2)
      const fn = resources[`${name}LambdaFunction`]!
      expect(
        statementsOf(fn).some(
          (s) => [s.Action].flat().includes('sqs:SendMessage') && resourceName(s.Resource) === 'ScheduledFailuresQueue',
        ),
        name,
      ).toBe(true)
    }
  })

  it('sets no setting of the retired AWS SDK v2, and gives every function the WeChat and SSM settings by name', () => {
    expect(environment).not.toHaveProperty('AWS_NODEJS_CONNECTION_REUSE_ENABLED')
    for (const name of ['WECHAT_APP_ID', 'WECHAT_SECRET_PARAM', 'WECHAT_API_BASE', 'JWT_PRIVATE_KEY_PARAM', 'JWT_PUBLIC_KEY']) {
      expect(environment[name], name).toBeTruthy()
    }
    expect(environment.JWT_PUBLIC_KEY).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })

  it('serves open data on an API of its own that any origin may read, each /open/ route by its own function', () => {
    const apiId = 'OpenDataHttpApi'
    const api = resources[apiId]!
    // the main API keeps its CORS to the H5 site's origin
    expect(resources.HttpApi!.Properties.CorsConfiguration.AllowOrigins).not.toContain('*')
    expect(api.Properties.CorsConfiguration).toMatchObject({ AllowOrigins: ['*'], AllowMethods: ['GET', 'OPTIONS'] })
    expect(api.Properties.CorsConfiguration.ExposeHeaders).toEqual(expect.arrayContaining(['ETag', 'Retry-After']))
    const routes = ofType('AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.ApiId.Ref === apiId)
    const open = Object.values(endpoints).filter((e) => e.path.startsWith('/open/'))
    expect(routes.map(([, r]) => r.Properties.RouteKey).sort()).toEqual(open.map((e) => `${e.method} ${e.path}`).sort())
    for (const [, route] of routes) {
      const integration = resources[route.Properties.Target['Fn::Join'][1][1].Ref]!
      const fn = integration.Properties.IntegrationUri['Fn::GetAtt'][0] as string
      const endpoint = open.find((e) => `${e.method} ${e.path}` === route.Properties.RouteKey)!
      expect(fn).toBe(`${endpoint.name[0]!.toUpperCase()}${endpoint.name.slice(1)}LambdaFunction`)
      expect(integration.Properties.PayloadFormatVersion).toBe('2.0')
      const permission = ofType('AWS::Lambda::Permission').find(
        ([, p]) => p.Properties.FunctionName['Fn::GetAtt']?.[0] === fn && JSON.stringify(p.Properties.SourceArn).includes(apiId),
      )
      expect(permission, fn).toBeDefined()
    }
  })

  it('lets every function read staff profiles to check a staff token, and nothing else of the accounts table through that', () => {
    for (const [name, fn] of ofType('AWS::Lambda::Function')) {
      expect(statementsOf(fn).filter(isStaffStandingRead), name).toHaveLength(1)
    }
  })

  it('grants no wildcard actions or resources anywhere', () => {
    for (const [name, role] of ofType('AWS::IAM::Role')) {
      for (const policy of role.Properties.Policies ?? []) {
        for (const statement of policy.PolicyDocument.Statement as Statement[]) {
          for (const action of [statement.Action].flat()) expect(action, name).not.toMatch(/\*/)
          for (const target of [statement.Resource].flat()) expect(target, name).not.toBe('*')
        }
      }
    }
  })
})
