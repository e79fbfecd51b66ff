import { CalendarRepository } from '../../functions/src/calendar/repository'
import { CalendarService } from '../../functions/src/calendar/service'
import { EmployeeIds } from '../../functions/src/companies/employee-ids'
import { migrateEmployeeIds } from '../../functions/src/companies/migrate-employee-ids'
import { createDocumentClient } from '../../functions/src/core/db/client'
import { createLogger } from '../../functions/src/core/log/logger'
import { SnapshotStore } from '../../functions/src/core/snapshots/snapshot-store'
import { livePolicyIndex } from '../../functions/src/policies/live-policy-index'
import { PolicyRepository } from '../../functions/src/policies/repository'
import { loadSeedFiles } from '../../functions/src/seed/seed-files'
import { seedCatalog, type SeedReport } from '../../functions/src/seed/seed'
import { seedSampleMessages } from '../../functions/src/seed/seed-messages'
import { seedSessions } from '../../functions/src/seed/seed-sessions'
import { AccountRepository } from '../../functions/src/auth/account-repository'
import { loadDevStaff, seedDevStaff } from '../../functions/src/seed/dev-staff'
import { join } from 'node:path'
import { startApi, type LocalApi } from './api'
import { startDynamo, type LocalDynamo } from './dynamo'
import { seedDir } from './paths'
import { readServerlessConfig, tablesOf } from './serverless-config'
import { ensureTables, localClient } from './tables'
import { putStageParameters, secretsFor, ssmClientEnv, STAND_IN_APP_ID, STAND_IN_TEMPLATES } from '../stand-ins/parameters'
import { startSsmStandIn, type SsmStandIn } from '../stand-ins/ssm'
import { startWeChatStandIn, type WeChatStandIn } from '../stand-ins/wechat'
import { serveWeb, type WebServer } from './web'

export interface StackOptions {
  /** local and test: relaxed limits for development; staging: production's configuration. */
  stage: 'local' | 'test' | 'staging'
  /** LevelDB folder; omit for an in-memory database. */
  dataPath?: string
  dynamoPort?: number
  api?: { port: number; lambdaPort: number; onLog?: (line: string) => void }
  web?: { port: number }
  log?: (line: string) => void
  /** Dated sample data (sessions, answered messages) is written relative to this moment. */
  now?: () => Date
  /** Five answered public messages, so the board has something on a first look (not in test stacks). */
  sampleMessages?: boolean
  /** Ports of the WeChat and SSM stand-ins (random when omitted). */
  weChatPort?: number
  ssmPort?: number
}

export interface Stack {
  dynamo: LocalDynamo
  devStaff: { username: string; displayName: string; role: string }[]
  env: Record<string, string>
  seedReport: SeedReport
  /** The moment the sample data was dated from. */
  seededAt: Date
  /** The stand-ins the functions reach instead of WeChat's servers and SSM. */
  weChat: WeChatStandIn
  ssm: SsmStandIn
  api?: LocalApi
  web?: WebServer
  stop(): Promise<void>
}

/** The whole product on this machine: dynalite → tables from serverless.yml → seed → API → H5. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {})
  const stopping: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const close of stopping.reverse()) await close().catch(() => {})
  }
  try {
    const dynamo = await startDynamo({ port: options.dynamoPort, path: options.dataPath })
    stopping.push(() => dynamo.close())
    log(`DynamoDB (dynalite) on ${dynamo.endpoint}${options.dataPath ? `, data in ${options.dataPath}` : ', in memory'}`)

    const ssm = await startSsmStandIn({ port: options.ssmPort })
    stopping.push(() => ssm.close())
    const secrets = secretsFor(options.stage)
    putStageParameters(ssm, options.stage, secrets)
    const weChat = await startWeChatStandIn({
      port: options.weChatPort,
      appId: STAND_IN_APP_ID,
      secret: secrets.weChatSecret,
      templates: STAND_IN_TEMPLATES,
    })
    stopping.push(() => weChat.close())
    log(`WeChat API stand-in on ${weChat.url}, SSM stand-in on ${ssm.endpoint}`)

    const env: Record<string, string> = {
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SSM_ENDPOINT: ssm.endpoint,
      WECHAT_API_BASE: weChat.url,
      WECHAT_APP_ID: STAND_IN_APP_ID,
      WECHAT_TEMPLATE_MESSAGE_STATUS: STAND_IN_TEMPLATES['message-status'],
      WECHAT_TEMPLATE_COMPANY_DEADLINE: STAND_IN_TEMPLATES['company-deadline'],
      WECHAT_TEMPLATE_DEMAND_RESULT: STAND_IN_TEMPLATES['demand-result'],
      // osls resolves ${ssm:…} from the stand-in; the functions' SSM client finds these credentials too
      ...ssmClientEnv(ssm.endpoint),
    }
    if (options.web) env.WEB_PORT = String(options.web.port)
    const config = await readServerlessConfig(options.stage, env)
    Object.assign(env, config.provider.environment)

    const admin = localClient(dynamo.endpoint)
    for (const action of await ensureTables(admin, tablesOf(config))) log(`  ${action}`)
    admin.destroy()

    log('seeding sample data (示例数据)…')
    const db = createDocumentClient(dynamo.endpoint)
    const seedFiles = await loadSeedFiles(seedDir)
    const seededAt = (options.now ?? (() => new Date()))()
    const seedReport = await seedCatalog(db, env.CATALOG_TABLE!, seedFiles, log)
    const snapshot = await livePolicyIndex(
      new PolicyRepository(db, env.CATALOG_TABLE!),
      new SnapshotStore(db, env.SNAPSHOTS_TABLE!),
      createLogger({}, () => {}, 'silent'),
    ).saveSnapshot()
    log(`  policy search snapshot ${snapshot}`)
    const calendar = await new CalendarService(new CalendarRepository(db, env.CATALOG_TABLE!)).calendar()
    seedReport.sessions = await seedSessions(db, env.ENROLLMENTS_TABLE!, seedFiles, seededAt, calendar)
    log(
      `  sessions  ${seedFiles.sessions.length} series, the next four weeks: ${seedReport.sessions.written} written, ${seedReport.sessions.unchanged} unchanged`,
    )
    if (options.sampleMessages) {
      // not in test stacks: those keep the board to what each test writes
      const tables = { messages: env.MESSAGES_TABLE!, catalog: env.CATALOG_TABLE! }
      seedReport.messages = await seedSampleMessages(db, tables, seedFiles.messages, seededAt)
      log(
        `  messages  ${seedFiles.messages.length} answered samples: ${seedReport.messages.written} written, ${seedReport.messages.unchanged} unchanged`,
      )
    }
    // rosters kept in .data from before employee ids were keyed move to their keyed ids
    const migrated = await migrateEmployeeIds(db, env.COMPANIES_TABLE!, new EmployeeIds(async () => secrets.employeeIdKey))
    if (migrated.moved > 0) log(`  employees ${migrated.moved} moved to keyed ids`)
    const staff = await loadDevStaff(join(seedDir, 'dev-staff.json'))
    const staffReport = await seedDevStaff(new AccountRepository(db, env.ACCOUNTS_TABLE!), staff)
    seedReport.devStaff = { written: staffReport.created, unchanged: staffReport.existing }
    log(`  dev staff ${staff.length} accounts: ${staffReport.created} created, ${staffReport.existing} kept`)
    db.destroy()

    const stack: Stack = { dynamo, env, seedReport, seededAt, weChat, ssm, devStaff: staff, stop }
    if (options.api) {
      log('starting the API (serverless-offline, real handlers)…')
      stack.api = await startApi({ stage: options.stage, ...options.api, env })
      stopping.push(() => stack.api!.stop())
    }
    if (options.web) {
      // wx.login's stand-in for the browser: the H5 sign-in screen asks the WeChat stand-in for a login code
      stack.web = await serveWeb({ port: options.web.port, apiBase: stack.api?.url ?? '', loginCodeUrl: `${weChat.url}/__standin/login` })
      stopping.push(() => stack.web!.close())
    }
    return stack
  } catch (error) {
    await stop()
    throw error
  }
}
