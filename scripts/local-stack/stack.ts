import { createDocumentClient } from '../../functions/src/core/db/client'
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
import { serveWeb, type WebServer } from './web'

export interface StackOptions {
  stage: 'local' | 'test'
  /** LevelDB folder; omit for an in-memory database. */
  dataPath?: string
  dynamoPort?: number
  api?: { port: number; lambdaPort: number; onLog?: (line: string) => void }
  web?: { port: number }
  log?: (line: string) => void
}

export interface Stack {
  dynamo: LocalDynamo
  devStaff: { username: string; displayName: string; role: string }[]
  env: Record<string, string>
  seedReport: SeedReport
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

    const env: Record<string, string> = { DYNAMODB_ENDPOINT: dynamo.endpoint }
    if (options.web) env.WEB_PORT = String(options.web.port)
    const config = await readServerlessConfig(options.stage, env)
    Object.assign(env, config.provider.environment)

    const admin = localClient(dynamo.endpoint)
    for (const action of await ensureTables(admin, tablesOf(config))) log(`  ${action}`)
    admin.destroy()

    log('seeding sample data (示例数据)…')
    const db = createDocumentClient(dynamo.endpoint)
    const seedFiles = await loadSeedFiles(seedDir)
    const seedReport = await seedCatalog(db, env.CATALOG_TABLE!, seedFiles, log)
    seedReport.sessions = await seedSessions(db, env.ENROLLMENTS_TABLE!, seedFiles)
    log(`  sessions  ${seedFiles.sessions.length} records: ${seedReport.sessions.written} written, ${seedReport.sessions.unchanged} unchanged`)
    if (options.stage === 'local') {
      // `npm start` only: test stacks keep the board to what each test writes
      const tables = { messages: env.MESSAGES_TABLE!, catalog: env.CATALOG_TABLE! }
      seedReport.messages = await seedSampleMessages(db, tables, seedFiles.messages, new Date())
      log(`  messages  ${seedFiles.messages.length} answered samples: ${seedReport.messages.written} written, ${seedReport.messages.unchanged} unchanged`)
    }
    const staff = await loadDevStaff(join(seedDir, 'dev-staff.json'))
    const staffReport = await seedDevStaff(new AccountRepository(db, env.ACCOUNTS_TABLE!), staff)
    seedReport.devStaff = { written: staffReport.created, unchanged: staffReport.existing }
    log(`  dev staff ${staff.length} accounts: ${staffReport.created} created, ${staffReport.existing} kept`)
    db.destroy()

    const stack: Stack = { dynamo, env, seedReport, devStaff: staff, stop }
    if (options.api) {
      log('starting the API (serverless-offline, real handlers)…')
      stack.api = await startApi({ stage: options.stage, ...options.api, env })
      stopping.push(() => stack.api!.stop())
    }
    if (options.web) {
      // This stack only ever runs the local and test stages, whose API accepts dev sign-in codes.
      stack.web = await serveWeb({ port: options.web.port, apiBase: stack.api?.url ?? '', devSignIn: true })
      stopping.push(() => stack.web!.close())
    }
    return stack
  } catch (error) {
    await stop()
    throw error
  }
}
