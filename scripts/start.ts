/**
 * `npm start`: the whole product on this machine, seeded. Data persists in .data/ between runs.
 * `npm run start:staging`: the same product in the staging stage — production's configuration (limits, caches, no
 * dev shortcuts), fresh keys and a fresh in-memory database each time.
 * Env: API_PORT (3000), WEB_PORT (10086), DYNAMO_PORT (8000), WECHAT_PORT (3004), SSM_PORT (3005), LAMBDA_PORT (3002),
 * DOORSTEP_DATA_DIR (.data).
 * Everything it started stops with it: on Ctrl-C, SIGTERM or SIGHUP, and when whoever started it is gone (npm
 * killed with SIGKILL leaves this process an orphan; it notices within a second). Run by `node --import tsx`
 * rather than the tsx command, so no wrapper process sits between npm and this one.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DEV_STAFF_PASSWORD } from '../functions/src/seed/dev-staff'
import { whenAncestorsExit } from './local-stack/ancestors'
import { dataDir } from './local-stack/paths'
import { startStack } from './local-stack/stack'
import { ensureBuilt } from './local-stack/web'

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const say = (line: string) => console.log(line)

const stage = process.argv.includes('--staging') ? 'staging' : 'local'

async function main() {
  const started = Date.now()
  say(`家门口的人社服务站 — starting the ${stage} stack`)
  say(`H5 app: ${await ensureBuilt('h5', say)}`)
  if (stage === 'local') mkdirSync(dataDir, { recursive: true })
  const stack = await startStack({
    stage,
    // staging starts from nothing each time, as a fresh environment would
    dataPath: stage === 'local' ? join(dataDir, 'dynalite') : undefined,
    sampleMessages: true,
    weChatPort: port('WECHAT_PORT', 3004),
    ssmPort: port('SSM_PORT', 3005),
    dynamoPort: port('DYNAMO_PORT', 8000),
    api: { port: port('API_PORT', 3000), lambdaPort: port('LAMBDA_PORT', 3002) },
    web: { port: port('WEB_PORT', 10086) },
    log: say,
  })
  say('')
  say(`  App (H5):  ${stack.web!.url}`)
  say(`  API:       ${stack.api!.url}/v1/health`)
  say(`  DynamoDB:  ${stack.dynamo.endpoint}`)
  say(`  WeChat API stand-in: ${stack.weChat.url}   SSM stand-in: ${stack.ssm.endpoint}`)
  say('')
  say(`  Residents: any name on the H5 开发登录 screen — the WeChat stand-in gives that test person a login code`)
  say(`  Staff accounts, password ${DEV_STAFF_PASSWORD}:`)
  for (const s of stack.devStaff) say(`    ${s.username.padEnd(20)} ${s.role.padEnd(9)} ${s.displayName}`)
  say(`  ready in ${((Date.now() - started) / 1000).toFixed(1)} s — Ctrl-C stops everything`)

  let stopping = false
  const shutdown = async (why: string) => {
    if (stopping) return
    stopping = true
    say(`\nstopping (${why})…`)
    await stack.stop()
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal))
  whenAncestorsExit((pid) => void shutdown(`process ${pid} that started this one has exited`))
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
