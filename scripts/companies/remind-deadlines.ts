/**
 * `npm run companies:remind`: the daily registration-deadline sweep that the `schedule` event runs in
 * production, once, against the local stack started by `npm start` (DYNAMODB_ENDPOINT, default
 * http://127.0.0.1:8000).
 */
import { attachToLocalStack } from '../local-stack/attach'

async function main() {
  await attachToLocalStack()
  // imported only now: the handler reads its table names from the environment when it loads
  const { remindDeadlines } = await import('../../functions/src/companies/reminder-handler')
  const { reminded } = await remindDeadlines()
  console.log(`reminded the owners of ${reminded} case(s) (a stage already reminded is not sent again)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
