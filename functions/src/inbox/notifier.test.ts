import { describe, expect, it } from 'vitest'
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { InboxAndWeChatNotifier, InboxNotifier, LINK_PAGES, WeChatSubscribeMessage, notifierFor, type InboxNote, type Notifier } from './notifier'
import { WeChatAccessToken } from '../core/wechat/access-token'
import type { NoteRecord } from './keys'

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

/** Answers WeChat's two endpoints from a script, recording each call. */
function fakeWeChat(sendResults: Array<{ errcode: number; errmsg?: string }>) {
  const calls: Array<{ url: string; body: any }> = []
  let tokens = 0
  const fetchJson = async (url: string, init: { body: string }) => {
    calls.push({ url, body: JSON.parse(init.body) })
    if (url.includes('stable_token')) return { ok: true, json: async () => ({ access_token: `token-${++tokens}`, expires_in: 7200 }) }
    return { ok: true, json: async () => sendResults.shift() ?? { errcode: 0 } }
  }
  return { calls, fetchJson }
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
  const sender = (wechat: ReturnType<typeof fakeWeChat>) =>
    new WeChatSubscribeMessage(new WeChatAccessToken('wx-app', async () => 'secret', wechat.fetchJson), { 'message-status': 'tpl-status' }, wechat.fetchJson)

  it('fetches a token once and sends the template with the page and fields cut to WeChat limits', async () => {
    const wechat = fakeWeChat([])
    const send = sender(wechat)
    await send.send('openid-1', note, AT)
    await send.send('openid-1', note, AT)
    expect(wechat.calls.filter((c) => c.url.includes('stable_token'))).toHaveLength(1)
    expect(wechat.calls[0]!.body).toEqual({ grant_type: 'client_credential', appid: 'wx-app', secret: 'secret' })
    const sent = wechat.calls[1]!
    expect(sent.url).toBe('https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=token-1')
    expect(sent.body).toMatchObject({ touser: 'openid-1', template_id: 'tpl-status', page: 'packages/messages/pages/detail/index?id=msg-1' })
    expect(sent.body.data.thing1.value).toBe('留言已答复')
    expect(Array.from(sent.body.data.thing2.value as string)).toHaveLength(20)
    expect(sent.body.data.time3.value).toBe('2026年11月25日 14:30')
  })

  it('sends nothing for a kind without a template, and takes "not subscribed" as done', async () => {
    const wechat = fakeWeChat([{ errcode: 43101, errmsg: 'user refuse to accept the msg' }])
    await sender(wechat).send('openid-1', { ...note, kind: 'company-deadline' }, AT)
    expect(wechat.calls).toEqual([])
    await expect(sender(wechat).send('openid-1', note, AT)).resolves.toBeUndefined()
  })

  it('renews an expired token once, and reports any other failure', async () => {
    const renewed = fakeWeChat([{ errcode: 42001 }, { errcode: 0 }])
    await sender(renewed).send('openid-1', note, AT)
    expect(renewed.calls.filter((c) => c.url.includes('stable_token'))).toHaveLength(2)
    expect(renewed.calls.at(-1)!.url).toContain('access_token=token-2')

    await expect(sender(fakeWeChat([{ errcode: 47003, errmsg: 'argument invalid' }])).send('openid-1', note, AT)).rejects.toThrow('47003')
  })
})

describe('InboxAndWeChatNotifier', () => {
  it('always writes the inbox; a WeChat failure or an unknown openid never loses the note', async () => {
    const inbox = fakeInbox()
    const failing = { send: async () => Promise.reject(new Error('network down')) }
    const notifier = new InboxAndWeChatNotifier(new InboxNotifier(inbox), { openIdOf: async () => 'openid-1' }, failing)
    await expect(notifier.notify('u1', note, AT)).resolves.toBeUndefined()
    expect(inbox.stored.size).toBe(1)

    const sent: string[] = []
    const noOpenId = new InboxAndWeChatNotifier(new InboxNotifier(inbox), { openIdOf: async () => undefined }, { send: async (openid) => void sent.push(openid) })
    await noOpenId.notify('u2', note, AT)
    expect(sent).toEqual([])
    expect(inbox.stored.size).toBe(2)
  })
})

describe('notifierFor', () => {
  const db = {} as DynamoDBDocumentClient
  const kindOf = (n: Notifier) => n.constructor.name

  it('uses the inbox alone in the local and test stages', () => {
    for (const stage of ['local', 'test']) expect(kindOf(notifierFor({ inbox: fakeInbox(), db, stage, env: {} }))).toBe('InboxNotifier')
  })

  it('adds WeChat in every other stage, and refuses to start without the app id and secret', () => {
    const env = { WECHAT_APP_ID: 'wx', WECHAT_SECRET_PARAM: '/doorstep/prod/wechat-app-secret', WECHAT_TEMPLATE_MESSAGE_STATUS: 'tpl' }
    expect(kindOf(notifierFor({ inbox: fakeInbox(), db, stage: 'prod', env }))).toBe('InboxAndWeChatNotifier')
    expect(() => notifierFor({ inbox: fakeInbox(), db, stage: 'prod', env: {} })).toThrow('WECHAT_APP_ID')
  })
})

describe('LINK_PAGES', () => {
  it('names pages the mini-program really has, so a tapped subscription message opens something', async () => {
    const { readFile } = await import('node:fs/promises')
    const appConfig = await readFile(new URL('../../../miniapp/src/app.config.ts', import.meta.url), 'utf8')
    for (const page of Object.values(LINK_PAGES)) {
      const [, root, rest] = /^(packages\/[^/]+)\/(.+)$/.exec(page)!
      expect(appConfig).toContain(`root: '${root}'`)
      expect(appConfig).toContain(`'${rest}'`)
    }
  })
})
