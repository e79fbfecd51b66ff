import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/**
 * Where `npm test` packages the test stage for the template test: a folder no other packaging or local stack
 * clears (serverless's own .serverless/ is emptied by whichever osls command runs next).
 */
export const TEST_STAGE_PACKAGE = join(repoRoot, '.package', 'test')

export const seedDir = join(repoRoot, 'data', 'seed')
export const h5Dist = join(repoRoot, 'miniapp', 'dist', 'h5')
/** Where `npm start` keeps its database between runs (DOORSTEP_DATA_DIR moves it, e.g. for a test). */
export const dataDir = process.env.DOORSTEP_DATA_DIR ?? join(repoRoot, '.data')
