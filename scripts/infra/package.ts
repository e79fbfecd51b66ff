/**
 * `npm run package -- <stage>` (default local): `osls package`, with the stage's `${ssm:…}` variables resolved from
 * a short-lived SSM stand-in for the stages that run here. A cloud stage resolves them from its own account's SSM:
 * run `npx osls package --stage prod` with that account's credentials instead.
 */
import { packageStage } from '../local-stack/serverless-config'

const stage = process.argv[2] ?? 'local'
packageStage(stage)
  .then(() => console.log(`packaged ${stage} into .serverless/`))
  .catch((error: { stdout?: string; message?: string }) => {
    console.error(error.stdout ?? error.message)
    process.exit(1)
  })
