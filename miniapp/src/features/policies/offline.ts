import { createOfflineCache } from '@/shared/offline/offline-cache'

/** The last policy searches and policies opened, for reading without a connection (a few dozen KB at most). */
export const policyOfflineCache = {
  searches: createOfflineCache('policies.search', { maxEntries: 10 }),
  details: createOfflineCache('policies.detail', { maxEntries: 20 }),
}
