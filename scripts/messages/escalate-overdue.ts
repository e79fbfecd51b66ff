/**
 * `npm run messages:escalate`: the overdue sweep that the `schedule` event runs in production, against the
 * local stack started by `npm start` (DYNAMODB_ENDPOINT, default http://127.0.0.1:8000).
 */
import { attachToLocalStack } from '../local-stack/attach'

async function main() {
  await attachToLocalStack()
  // imported only now: the handler reads its table name from the environment when it loads
  const { escalateOverdue } = await import('../../functions/src/messages/escalation-handler')
  const { escalated } = await escalateOverdue()
  console.log(`escalated ${escalated} overdue message(s)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
