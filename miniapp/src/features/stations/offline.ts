import { createOfflineCache } from '@/shared/offline/offline-cache'

/**
 * The last station answers, for finding a station without a connection: every station (the map, ~180 summaries),
 * the last few lists and the last stations opened.
 */
export const stationOfflineCache = {
  all: createOfflineCache('stations.all', { maxEntries: 1 }),
  lists: createOfflineCache('stations.list', { maxEntries: 12 }),
  details: createOfflineCache('stations.detail', { maxEntries: 20 }),
}
