import type { InboxKind } from '@doorstep/shared'
import type { WeChatApi } from '../core/wechat/wechat-api'
import { linkPage } from './link-pages'
import type { InboxNote } from './notifier'
import { subscriptionFields } from './subscription-fields'

/**
 * subscribeMessage.send, for the kinds that have a template (subscription-templates.ts): the page the note links to,
 * and its fields (subscription-fields.ts). Throws WeChatError (43101 when the person has no consent left).
 */
export class WeChatSubscribeMessage {
  constructor(
    private readonly api: Pick<WeChatApi, 'postWithToken'>,
    private readonly templates: Partial<Record<InboxKind, string>>,
  ) {}

  handles(kind: InboxKind): boolean {
    return Boolean(this.templates[kind])
  }

  async send(openid: string, note: InboxNote, at: Date): Promise<void> {
    const templateId = this.templates[note.kind]
    if (!templateId) return
    await this.api.postWithToken('subscribeMessage.send', '/cgi-bin/message/subscribe/send', {
      touser: openid,
      template_id: templateId,
      page: linkPage(note.link),
      miniprogram_state: 'formal',
      lang: 'zh_CN',
      data: subscriptionFields(note, at),
    })
  }
}
