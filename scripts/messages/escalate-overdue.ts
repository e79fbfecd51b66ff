/**
 * `npm run messages:escalate`: the overdue sweep that the `schedule` event runs in production, against the
 * local stack started by `npm start` (DYNAMODB_ENDPOINT, default http://127.0.0.1:8000).
 */
import { readServerlessConfig } from '../local-stack/serverless-config'

async function main() {
  const env = { DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8000' }
  const config = await readServerlessConfig('local', env)
  Object.assign(process.env, config.provider.environment, env)
  // imported only now: the handler reads its table name from the environment when it loads
  const { escalateOverdue } = await import('../../functions/src/messages/escalation-handler')
  const { escalated } = await escalateOverdue()
  console.log(`escalated ${escalated} overdue message(s)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
