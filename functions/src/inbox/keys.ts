import type { InboxItem, InboxKind } from '@doorstep/shared'
import { userPartition } from '../core/auth/account-keys' // consents live in the person's partition of the accounts table

/**
 * The inbox table (docs/data-model.md, I1–I4).
 *   note           pk = INBOX#<userId>, sk = NOTE#<noteId> — the id is derived from a dedupe key when there is one,
 *                  so a repeated notify is a conditional Put that finds the note already there
 *     newest first                       gsi1: gsi1pk = INBOX#<userId>,  gsi1sk = <at>#<noteId>
 *     unread (sparse: removed on read)   gsi2: gsi2pk = UNREAD#<userId>, gsi2sk = <at>#<noteId>
 */
export const inboxOf = (userId: string) => `INBOX#${userId}`
export const unreadOf = (userId: string) => `UNREAD#${userId}`
const NOTE_SK_PREFIX = 'NOTE#'
export const noteKey = (userId: string, noteId: string) => ({ pk: inboxOf(userId), sk: `${NOTE_SK_PREFIX}${noteId}` })
/** The note id inside a note item's sort key. */
export const noteIdOf = (item: Record<string, unknown>) => String(item.sk).slice(NOTE_SK_PREFIX.length)

/** Notes disappear through TTL after this long (reads do not filter on it: an old note shown a day longer is harmless). */
export const NOTE_LIFETIME_DAYS = 180

export type NoteRecord = Omit<InboxItem, 'read'> & { userId: string; readAt?: string; dedupeKey?: string }

export function toNoteItem(note: NoteRecord) {
  const place = `${note.at}#${note.id}`
  return {
    ...note,
    ...noteKey(note.userId, note.id),
    gsi1pk: inboxOf(note.userId),
    gsi1sk: place,
    ...(note.readAt ? {} : { gsi2pk: unreadOf(note.userId), gsi2sk: place }),
    expiresAt: Math.floor(Date.parse(note.at) / 1000) + NOTE_LIFETIME_DAYS * 24 * 60 * 60,
    entity: 'inbox-note' as const,
  }
}

export function toInboxItem(item: Record<string, unknown>): InboxItem {
  const note = item as unknown as NoteRecord
  return { id: note.id, at: note.at, kind: note.kind, title: note.title, body: note.body, link: note.link, read: Boolean(note.readAt) }
}

/**
 * Subscription consents (docs/data-model.md A5) live in the accounts table, in the person's own partition:
 *   pk = USER#<userId>, sk = SUBSCRIPTION#<kind>
 */
const CONSENT_SK_PREFIX = 'SUBSCRIPTION#'
export const consentKey = (userId: string, kind: InboxKind) => ({ pk: userPartition(userId), sk: `${CONSENT_SK_PREFIX}${kind}` })
/** Every consent of a person: their partition, and the sort-key prefix that picks the consents out of it. */
export const consentsOf = (userId: string) => ({ pk: userPartition(userId), skPrefix: CONSENT_SK_PREFIX })
