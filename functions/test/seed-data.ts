import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Station } from '@doorstep/shared'

/** The seed file the global setup loaded: expectations are computed from it, never typed in. */
export const seededStations: Station[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/seed/stations.json', import.meta.url)), 'utf8'),
)
