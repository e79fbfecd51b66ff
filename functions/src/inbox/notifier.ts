import { createHash, randomBytes } from 'node:crypto'
import type { InboxKind, InboxLink } from '@doorstep/shared'
import { logger } from '../core/log/logger'
import type { OpenIdDirectory } from '../core/wechat/open-ids'
import { WeChatError } from '../core/wechat/wechat-api'
import type { InboxRepository } from './repository'
import type { SubscriptionConsents } from './subscription-consents'
import type { WeChatSubscribeMessage } from './subscription-message'

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
 * (see `notifySafely`).
 */
export interface Notifier {
  notify(userId: string, note: InboxNote, now?: Date): Promise<void>
}

/** The record: every note goes into the person's inbox (once per dedupe key). */
export class InboxNotifier implements Notifier {
  constructor(private readonly inbox: Pick<InboxRepository, 'putOnce'>) {}

  /** True when the note is new (a repeat of a dedupe key stores, and sends, nothing). */
  async store(userId: string, note: InboxNote, now = new Date()): Promise<boolean> {
    const id = `note-${note.dedupeKey ? createHash('sha256').update(note.dedupeKey).digest('hex').slice(0, 24) : randomBytes(12).toString('hex')}`
    return this.inbox.putOnce({
      id,
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

/** 43101: WeChat holds no consent of this person for the template (used, or never given on this phone). */
const NOT_SUBSCRIBED = 43101

/**
 * The inbox always; a WeChat subscription message too when the kind has a template, the person signed in through
 * WeChat (an openid) and has a consent left. The consent is spent before sending, given back if WeChat fails for its
 * own reasons, and cleared when WeChat says there is none (43101). A WeChat failure never loses the inbox note.
 */
export class InboxAndWeChatNotifier implements Notifier {
  constructor(
    private readonly inbox: InboxNotifier,
    private readonly openIds: OpenIdDirectory,
    private readonly consents: Pick<SubscriptionConsents, 'take' | 'giveBack' | 'usedUp'>,
    private readonly weChat: Pick<WeChatSubscribeMessage, 'handles' | 'send'>,
  ) {}

  async notify(userId: string, note: InboxNote, now = new Date()): Promise<void> {
    const fresh = await this.inbox.store(userId, note, now)
    if (!fresh || !this.weChat.handles(note.kind)) return
    let taken = false
    try {
      const openid = await this.openIds.openIdOf(userId)
      if (!openid || !(taken = await this.consents.take(userId, note.kind))) return
      await this.weChat.send(openid, note, now)
    } catch (error) {
      if (error instanceof WeChatError && error.errcode === NOT_SUBSCRIBED) {
        await this.consents.usedUp(userId, note.kind, now.toISOString()).catch(() => {})
        return
      }
      if (taken) await this.consents.giveBack(userId, note.kind).catch(() => {})
      logger.warn('subscription message not sent', { error, kind: note.kind })
    }
  }
}

/** For callers whose own write already landed: a failed notification is logged, never thrown. */
export async function notifySafely(notifier: Notifier, userId: string, note: InboxNote, now?: Date): Promise<void> {
  try {
    await notifier.notify(userId, note, now)
  } catch (error) {
    logger.error('notification not stored', { error, kind: note.kind, link: note.link })
  }
}
