/** The desk console's keys: j / k next and previous message, c claim, r reply (starting from a template). */
export interface QueueShortcuts {
  enabled: boolean
  next(): void
  previous(): void
  claim(): void
  reply(): void
}

export const QUEUE_KEYS: Record<string, keyof Omit<QueueShortcuts, 'enabled'>> = {
  j: 'next',
  k: 'previous',
  c: 'claim',
  r: 'reply',
}
