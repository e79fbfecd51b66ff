/**
 * `npm run enrollments:repair`: the sweep that the `schedule` event runs every minute in production, against the
 * local stack started by `npm start` (DYNAMODB_ENDPOINT, default http://127.0.0.1:8000).
 */
import { attachToLocalStack } from '../local-stack/attach'

async function main() {
  await attachToLocalStack()
  // imported only now: the handler reads its table name from the environment when it loads
  const { repairPending } = await import('../../functions/src/enrollments/repair-handler')
  const { repaired } = await repairPending()
  console.log(`placed ${repaired} pending sign-up(s)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
