import { describe, expect, it } from 'vitest'
import { appPages } from '@doorstep/shared'
import { scriptedWeChat, type Scripted } from '../../test/scripted-wechat'
import { WeChatError } from '../core/wechat/wechat-api'
import type { NoteRecord } from './keys'
import { InboxAndWeChatNotifier } from './inbox-and-wechat-notifier'
import { InboxNotifier } from './inbox-notifier'
import { LINK_PAGES } from './link-pages'
import type { InboxNote } from './notifier'
import { WeChatSubscribeMessage } from './subscription-message'
import { subscriptionTemplates } from './subscription-templates'

const note: InboxNote = {
  kind: 'message-status',
  title: '留言已答复',
  body: '您的留言「社保卡补办要多久」（LY-20261125-0042）已有答复，请查看。',
  link: { kind: 'message', id: 'msg-1' },
  dedupeKey: 'msg-1#reply#2026-11-25T02:00:00.000Z',
}
const AT = new Date('2026-11-25T06:30:00Z')

function fakeInbox() {
  const stored = new Map<string, NoteRecord>()
  return {
    stored,
    putOnce: async (record: NoteRecord) => {
      const key = `${record.userId}|${record.id}`
      if (stored.has(key)) return false
      stored.set(key, record)
      return true
    },
  }
}

/** Consents as the accounts table keeps them: a count per person and kind, spent one at a time. */
function fakeConsents(available: Record<string, number> = {}) {
  const exhausted: string[] = []
  return {
    available,
    exhausted,
    take: async (userId: string) => {
      if ((available[userId] ?? 0) <= 0) return false
      available[userId]!--
      return true
    },
    giveBack: async (userId: string) => void (available[userId] = (available[userId] ?? 0) + 1),
    usedUp: async (userId: string) => {
      exhausted.push(userId)
      available[userId] = 0
    },
  }
}

describe('InboxNotifier', () => {
  it('stores one note per dedupe key, and a fresh one for every note without a key', async () => {
    const inbox = fakeInbox()
    const notifier = new InboxNotifier(inbox)
    await notifier.notify('u1', note, AT)
    await notifier.notify('u1', note, new Date(AT.getTime() + 1000))
    expect(inbox.stored.size).toBe(1)
    const [stored] = inbox.stored.values()
    expect(stored).toMatchObject({ userId: 'u1', at: AT.toISOString(), kind: 'message-status', title: note.title, link: note.link })
    expect(stored!.id).toMatch(/^note-[a-f0-9]{24}$/)

    const { dedupeKey: _none, ...undeduped } = note
    await notifier.notify('u1', undeduped, AT)
    await notifier.notify('u1', undeduped, AT)
    expect(inbox.stored.size).toBe(3)
  })

  it('keeps the same dedupe key apart for different people', async () => {
    const inbox = fakeInbox()
    const notifier = new InboxNotifier(inbox)
    await notifier.notify('u1', note, AT)
    await notifier.notify('u2', note, AT)
    expect(inbox.stored.size).toBe(2)
  })
})

describe('WeChatSubscribeMessage', () => {
  const sender = (...answers: Scripted[]) => {
    const wechat = scriptedWeChat(answers)
    return { wechat, send: new WeChatSubscribeMessage(wechat.api(), { 'message-status': 'tpl-status' }) }
  }

  it('sends the template with the page to open and the fields cut to WeChat limits', async () => {
    const { wechat, send } = sender()
    await send.send('openid-1', note, AT)
    const sent = wechat.apiCalls()[0]!
    expect(sent.url).toBe('https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=token-1')
    expect(sent.body).toMatchObject({
      touser: 'openid-1',
      template_id: 'tpl-status',
      page: 'packages/messages/pages/detail/index?id=msg-1',
    })
    expect(sent.body.data.thing1.value).toBe('留言已答复')
    expect(Array.from(sent.body.data.thing2.value as string)).toHaveLength(20)
    expect(sent.body.data.time3.value).toBe('2026年11月25日 14:30')
  })

  it('handles only the kinds that have a template, and reports WeChat refusing', async () => {
    const { wechat, send } = sender({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    expect(send.handles('company-deadline')).toBe(false)
    await send.send('openid-1', { ...note, kind: 'company-deadline' }, AT)
    expect(wechat.calls).toEqual([])
    await expect(send.send('openid-1', note, AT)).rejects.toMatchObject({ errcode: 43101 })
  })

  it('takes template ids from the deployment, and none when unset', () => {
    expect(subscriptionTemplates({})).toEqual({})
    expect(subscriptionTemplates({ WECHAT_TEMPLATE_MESSAGE_STATUS: 'a', WECHAT_TEMPLATE_COMPANY_DEADLINE: 'b' })).toEqual({
      'message-status': 'a',
      'company-deadline': 'b',
    })
  })
})

describe('InboxAndWeChatNotifier', () => {
  const notifierWith = (
    consents: ReturnType<typeof fakeConsents>,
    send: (openid: string) => Promise<void>,
    openid: string | null = 'openid-1',
  ) => {
    const inbox = fakeInbox()
    const sent: string[] = []
    const notifier = new InboxAndWeChatNotifier(new InboxNotifier(inbox), { openIdOf: async () => openid ?? undefined }, consents, {
      handles: (kind) => kind === 'message-status',
      send: async (to) => {
        await send(to)
        sent.push(to)
      },
    })
    return { inbox, sent, notifier }
  }

  it('sends one WeChat message per consent, and only for a note it has not stored before', async () => {
    const consents = fakeConsents({ u1: 1 })
    const { inbox, sent, notifier } = notifierWith(consents, async () => {})
    await notifier.notify('u1', note, AT)
    await notifier.notify('u1', note, AT)
    await notifier.notify('u1', { ...note, dedupeKey: 'another' }, AT)
    expect(sent).toEqual(['openid-1'])
    expect(inbox.stored.size).toBe(2)
    expect(consents.available.u1).toBe(0)
  })

  it('keeps a kind without a template, a person without an openid or without consent to the inbox', async () => {
    const consents = fakeConsents({ u1: 5 })
    const noTemplate = notifierWith(consents, async () => {})
    await noTemplate.notifier.notify('u1', { ...note, kind: 'company-deadline' }, AT)
    const noOpenId = notifierWith(consents, async () => {}, null)
    await noOpenId.notifier.notify('u1', note, AT)
    const noConsent = notifierWith(fakeConsents(), async () => {})
    await noConsent.notifier.notify('u1', note, AT)
    expect([noTemplate.sent, noOpenId.sent, noConsent.sent]).toEqual([[], [], []])
    expect([noTemplate.inbox.stored.size, noOpenId.inbox.stored.size, noConsent.inbox.stored.size]).toEqual([1, 1, 1])
    expect(consents.available.u1).toBe(5)
  })

  it('takes 43101 as the consent used up, and gives the consent back when WeChat failed for its own reasons', async () => {
    const refused = fakeConsents({ u1: 3 })
    await notifierWith(refused, async () => Promise.reject(new WeChatError('subscribeMessage.send', 43101))).notifier.notify('u1', note, AT)
    expect(refused.exhausted).toEqual(['u1'])
    expect(refused.available.u1).toBe(0)

    const busy = fakeConsents({ u1: 1 })
    const { inbox, notifier } = notifierWith(busy, async () => Promise.reject(new Error('network down')))
    await expect(notifier.notify('u1', note, AT)).resolves.toBeUndefined()
    expect(busy.available.u1).toBe(1)
    expect(inbox.stored.size).toBe(1)
  })
})

describe('LINK_PAGES', () => {
  it('names pages the mini-program really has, so a tapped subscription message opens something', () => {
    // app.config.ts registers exactly what appPages() lists
    const { pages, subPackages } = appPages()
    const registered = [...pages, ...subPackages.flatMap(({ root, pages: inRoot }) => inRoot.map((page) => `${root}/${page}`))]
    expect(Object.values(LINK_PAGES).filter((page) => !registered.includes(page))).toEqual([])
    expect(Object.values(LINK_PAGES)).toContain('packages/services/pages/detail/index')
  })
})
