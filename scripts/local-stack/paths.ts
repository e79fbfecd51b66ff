import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const seedDir = join(repoRoot, 'data', 'seed')
export const h5Dist = join(repoRoot, 'miniapp', 'dist', 'h5')
export const dataDir = join(repoRoot, '.data')
