import type { QueueShortcuts } from './queue-shortcuts'

/** Weapp: a phone has no keyboard shortcuts. */
export function useQueueShortcuts(_shortcuts: QueueShortcuts): void {}
