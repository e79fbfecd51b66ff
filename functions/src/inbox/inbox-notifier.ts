import { createHash, randomBytes } from 'node:crypto'
import type { InboxNote, Notifier } from './notifier'
import type { InboxRepository } from './repository'

/** The record: every note goes into the person's inbox (once per dedupe key). */
export class InboxNotifier implements Notifier {
  constructor(private readonly inbox: Pick<InboxRepository, 'putOnce'>) {}

  /** True when the note is new (a repeat of a dedupe key stores, and sends, nothing). */
  async store(userId: string, note: InboxNote, now = new Date()): Promise<boolean> {
    return this.inbox.putOnce({
      id: noteId(note),
      userId,
      at: now.toISOString(),
      kind: note.kind,
      title: note.title,
      body: note.body,
      link: note.link,
      dedupeKey: note.dedupeKey,
    })
  }

  async notify(userId: string, note: InboxNote, now = new Date()): Promise<void> {
    await this.store(userId, note, now)
  }
}

/** Derived from the dedupe key when there is one, so a repeated note finds its earlier self; random otherwise. */
function noteId(note: InboxNote): string {
  return `note-${note.dedupeKey ? createHash('sha256').update(note.dedupeKey).digest('hex').slice(0, 24) : randomBytes(12).toString('hex')}`
}
