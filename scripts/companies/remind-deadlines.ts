/**
 * `npm run companies:remind`: the daily registration-deadline sweep that the `schedule` event runs in
 * production, once, against the local stack started by `npm start` (DYNAMODB_ENDPOINT, default
 * http://127.0.0.1:8000).
 */
import { readServerlessConfig } from '../local-stack/serverless-config'

async function main() {
  const env = { DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8000' }
  const config = await readServerlessConfig('local', env)
  Object.assign(process.env, config.provider.environment, env)
  // imported only now: the handler reads its table names from the environment when it loads
  const { remindDeadlines } = await import('../../functions/src/companies/reminder-handler')
  const { reminded } = await remindDeadlines()
  console.log(`reminded the owners of ${reminded} case(s) (a stage already reminded is not sent again)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
