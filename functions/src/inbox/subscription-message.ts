import { shanghaiTime, type InboxKind, type InboxLink } from '@doorstep/shared'
import type { WeChatApi } from '../core/wechat/wechat-api'
import type { InboxNote } from './notifier'

/** The mini-program page each link opens when the person taps the subscription message. */
export const LINK_PAGES: Record<InboxLink['kind'], string> = {
  message: 'packages/messages/pages/detail/index',
  company: 'packages/business/pages/case/index',
}

/** The template chosen in the mini-program console for each kind of note (empty: that kind stays in the inbox). */
export function subscriptionTemplates(env: NodeJS.ProcessEnv = process.env): Partial<Record<InboxKind, string>> {
  const templates: Partial<Record<InboxKind, string>> = {}
  if (env.WECHAT_TEMPLATE_MESSAGE_STATUS) templates['message-status'] = env.WECHAT_TEMPLATE_MESSAGE_STATUS
  if (env.WECHAT_TEMPLATE_COMPANY_DEADLINE) templates['company-deadline'] = env.WECHAT_TEMPLATE_COMPANY_DEADLINE
  return templates
}

/**
 * subscribeMessage.send. Each template has fields `thing1` (title), `thing2` (body) and `time3` (when); a `thing`
 * value is cut at 20 characters as WeChat requires. Throws WeChatError (43101 when the person has no consent left).
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
      page: `${LINK_PAGES[note.link.kind]}?id=${encodeURIComponent(note.link.id)}`,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
      data: {
        thing1: { value: cut(note.title, 20) },
        thing2: { value: cut(note.body, 20) },
        time3: { value: wechatTime(at) },
      },
    })
  }
}

function cut(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** WeChat's `time` field: 2026年11月25日 14:30, Suzhou time. */
function wechatTime(at: Date): string {
  const { date, time } = shanghaiTime(at)
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${time}`
}
