/** The desk console's keys: j / k next and previous message, c claim, r reply (starting from a template). */
export interface QueueShortcuts {
  enabled: boolean
  next(): void
  previous(): void
  /** The claim button's text in the chosen message (C presses it, as a click would). */
  claimLabel: string
  /** The reply form's name in the chosen message (R goes to its first template, else its text). */
  replyFormLabel: string
}

export const QUEUE_KEYS = { j: 'next', k: 'previous', c: 'claim', r: 'reply' } as const
