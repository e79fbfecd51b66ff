import { logger } from '../core/log/logger'
import type { OpenIdDirectory } from '../core/wechat/open-ids'
import { WeChatError } from '../core/wechat/wechat-api'
import type { InboxNotifier } from './inbox-notifier'
import type { InboxNote, Notifier } from './notifier'
import type { SubscriptionConsents } from './subscription-consents'
import type { WeChatSubscribeMessage } from './subscription-message'

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
