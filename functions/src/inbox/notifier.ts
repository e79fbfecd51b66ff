import type { InboxKind, InboxLink } from '@doorstep/shared'
import { logger } from '../core/log/logger'

/** What a feature tells a person: shown in the in-app inbox (GET /v1/me/inbox), and sent by WeChat where they allowed it. */
export interface InboxNote {
  kind: InboxKind
  /** Short: it is also the subscription message's first field (WeChat cuts `thing` values at 20 characters). */
  title: string
  body: string
  link: InboxLink
  /** The same key twice for one person stores one note: a retried or repeated notify is a no-op. */
  dedupeKey?: string
}

/**
 * How features notify a person. Message-board status changes and company-deadline reminders call this after
 * their own write has landed; a notification that fails must not undo that write, so callers log and go on
 * (see `notifySafely`). The notifiers: inbox-notifier.ts (the record), inbox-and-wechat-notifier.ts (and WeChat).
 */
export interface Notifier {
  notify(userId: string, note: InboxNote, now?: Date): Promise<void>
}

/** For callers whose own write already landed: a failed notification is logged, never thrown. */
export async function notifySafely(notifier: Notifier, userId: string, note: InboxNote, now?: Date): Promise<void> {
  try {
    await notifier.notify(userId, note, now)
  } catch (error) {
    logger.error('notification not stored', { error, kind: note.kind, link: note.link })
  }
}
