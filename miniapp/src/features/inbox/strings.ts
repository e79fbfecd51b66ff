import type { InboxKind } from '@doorstep/shared'
import { defineStrings } from '@/shared/i18n'

/** Text of the in-app inbox (消息) and of the links to it on 我的. Titles and bodies of the notes come from the API, in Chinese. */
export const strings = defineStrings(
  {
    title: '消息',
    entry: '消息',
    entryUnread: (count: number) => `消息（${count} 条未读）`,
    loading: '正在加载消息…',
    failed: '消息没有加载出来',
    empty: '还没有消息',
    emptyHint: '留言有了答复、企业开办快到期时，会在这里通知您。',
    unread: '未读',
    markAllRead: '全部标为已读',
    markingRead: '正在标记…',
    more: '查看 ›',
    signInTitle: '登录后查看消息',
    signInHint: '留言答复、办理进度等通知需要登录后查看。',
    goSignIn: '去登录',
    myMessages: '我的留言',
    staffConsole: '工作台',
    notificationsTitle: '微信通知',
    notifyKind: (kind: InboxKind): string =>
      ({
        'message-status': '留言有答复时通知我',
        'company-deadline': '企业社保登记快到期时提醒我',
        'demand-result': '我提的需求办成了（开课、开班）时通知我',
      })[kind],
    notifyLeft: (count: number) => (count > 0 ? `已开启，还可接收 ${count} 条` : '每开启一次，微信可发来一条通知'),
    notifyWebOnly: '通知会通过微信小程序发送；在网页里，请到“消息”查看。',
  },
  {
    title: 'Notifications',
    entry: 'Notifications',
    entryUnread: (count: number) => `Notifications (${count} unread)`,
    loading: 'Loading notifications…',
    failed: 'The notifications did not load',
    empty: 'No notifications yet',
    emptyHint: 'We tell you here when your message is answered or a company deadline is near.',
    unread: 'Unread',
    markAllRead: 'Mark all as read',
    markingRead: 'Marking…',
    more: 'Open ›',
    signInTitle: 'Sign in to see your notifications',
    signInHint: 'Answers to your messages and progress notes need you to sign in.',
    goSignIn: 'Sign in',
    myMessages: 'My messages',
    staffConsole: 'Staff console',
    notificationsTitle: 'WeChat notifications',
    notifyKind: (kind: InboxKind): string =>
      ({
        'message-status': 'Tell me when my message is answered',
        'company-deadline': 'Remind me before a company registration is due',
        'demand-result': 'Tell me when a need I raised becomes a session or service',
      })[kind],
    notifyLeft: (count: number) =>
      count > 0 ? `On: ${count} more can be sent` : 'Each time you turn this on, WeChat may send one notification',
    notifyWebOnly: 'Notifications come through the WeChat mini-program; on the web, see Notifications.',
  },
)
