import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readBody } from './ssm'

/**
 * A local stand-in for WeChat's server APIs, as the functions call them in production (the base URL is the only
 * difference: `WECHAT_API_BASE`). Keeps each documented contract and error code:
 *
 * - `GET /sns/jscode2session` (code2Session): a login code works once, for five minutes — 40029 invalid code,
 *   40163 code already used, 40013 invalid appid, 40125 invalid appsecret, 45011 too frequent.
 * - `POST /cgi-bin/stable_token`: a token valid for `expires_in` seconds; a new one does not revoke the old.
 * - `POST /wxa/msg_sec_check` (version 2): `result.suggest` pass / review / risky by marker words; version 1 answers
 *   87014 for risky content. 40001 unknown token, 42001 expired token, 40003 unknown openid.
 * - `POST /cgi-bin/message/subscribe/send`: one delivery per consent the person gave for that template (as WeChat's
 *   one-time subscriptions work), else 43101; 40037 unknown template, 47003 a field WeChat would reject.
 * - Any API answers -1 (system busy) while `down` is set with that code, or drops the connection.
 *
 * What the mini-program does on the phone is under `/__standin/` (for the H5 app and tests): `login` stands for
 * wx.login (a one-time code for a named test person), `subscribe` for tapping 允许 in wx.requestSubscribeMessage.
 * Tests steer it with `outage`, `recover`, `expire-tokens`, `rate-limit` and read `deliveries`.
 */
export interface WeChatStandIn {
  url: string
  appId: string
  secret: string
  templates: Record<string, string>
  close(): Promise<void>
}

/** Text containing one of these gets that verdict from msgSecCheck (version 2). */
export const STAND_IN_RISKY_WORD = '测试违规内容'
export const STAND_IN_REVIEW_WORD = '测试待审内容'

/** The openid a named test person has: stable, so a person keeps their account across restarts of the stack. */
export const testOpenId = (name: string) => `dev-${createHash('sha256').update(name).digest('hex').slice(0, 24)}`
/** Every openid of the shape testOpenId makes is a person of this stand-in (restarts included); others are 40003. */
const isTestPerson = (openid: string) => /^dev-[0-9a-f]{24}$/.test(openid)

const CODE_LIFETIME_MS = 5 * 60_000
const TOKEN_SECONDS = 7200

type Failure = { mode: 'errcode'; errcode: number } | { mode: 'drop' }

export async function startWeChatStandIn(options: {
  port?: number
  appId: string
  secret: string
  /** kind → template id the stand-in accepts. */
  templates: Record<string, string>
}): Promise<WeChatStandIn> {
  const codes = new Map<string, { openid: string; issuedAt: number; used: boolean }>()
  const tokens = new Map<string, { expiresAt: number }>()
  const consents = new Map<string, number>()
  const deliveries: { openid: string; templateId: string; page?: string; data: unknown; at: string }[] = []
  const validTemplates = new Set(Object.values(options.templates))
  let failure: Failure | undefined
  let rateLimited = 0

  const consentKey = (openid: string, templateId: string) => `${openid} ${templateId}`
  const tokenState = (token: string | null): number | undefined => {
    const found = token ? tokens.get(token) : undefined
    if (!found) return 40001
    if (Date.now() >= found.expiresAt) return 42001
    return undefined
  }

  const api: Record<string, (query: URLSearchParams, body: Record<string, any>) => Record<string, unknown>> = {
    'GET /sns/jscode2session'(query) {
      if (query.get('appid') !== options.appId) return { errcode: 40013, errmsg: 'invalid appid' }
      if (query.get('secret') !== options.secret) return { errcode: 40125, errmsg: 'invalid appsecret' }
      if (query.get('grant_type') !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' }
      const code = codes.get(query.get('js_code') ?? '')
      if (!code || Date.now() - code.issuedAt > CODE_LIFETIME_MS) return { errcode: 40029, errmsg: 'invalid code' }
      if (code.used) return { errcode: 40163, errmsg: 'code been used' }
      code.used = true
      return { openid: code.openid, session_key: randomBytes(16).toString('base64') }
    },
    'POST /cgi-bin/stable_token'(_query, body) {
      if (body.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' }
      if (body.appid !== options.appId) return { errcode: 40013, errmsg: 'invalid appid' }
      if (body.secret !== options.secret) return { errcode: 40125, errmsg: 'invalid appsecret' }
      const token = `standin-${randomBytes(12).toString('hex')}`
      tokens.set(token, { expiresAt: Date.now() + TOKEN_SECONDS * 1000 })
      return { access_token: token, expires_in: TOKEN_SECONDS }
    },
    'POST /wxa/msg_sec_check'(query, body) {
      const bad = tokenState(query.get('access_token'))
      if (bad)
        return {
          errcode: bad,
          errmsg: bad === 42001 ? 'access_token expired' : 'invalid credential, access_token is invalid or not latest',
        }
      const content = String(body.content ?? '')
      const verdict = content.includes(STAND_IN_RISKY_WORD) ? 'risky' : content.includes(STAND_IN_REVIEW_WORD) ? 'review' : 'pass'
      if (body.version !== 2) return verdict === 'risky' ? { errcode: 87014, errmsg: 'risky content' } : { errcode: 0, errmsg: 'ok' }
      if (!isTestPerson(String(body.openid))) return { errcode: 40003, errmsg: 'invalid openid' }
      const label = verdict === 'pass' ? 100 : 20001
      return {
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: verdict, label },
        detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict, label }],
        trace_id: randomBytes(8).toString('hex'),
      }
    },
    'POST /cgi-bin/message/subscribe/send'(query, body) {
      const bad = tokenState(query.get('access_token'))
      if (bad) return { errcode: bad, errmsg: bad === 42001 ? 'access_token expired' : 'invalid credential' }
      const templateId = String(body.template_id ?? '')
      if (!validTemplates.has(templateId)) return { errcode: 40037, errmsg: 'invalid template_id' }
      const openid = String(body.touser ?? '')
      if (!isTestPerson(openid)) return { errcode: 40003, errmsg: 'invalid openid' }
      const fields = Object.values((body.data ?? {}) as Record<string, { value?: unknown }>)
      if (fields.length === 0 || fields.some((f) => typeof f?.value !== 'string' || Array.from(f.value).length > 32)) {
        return { errcode: 47003, errmsg: 'argument invalid! data.thing1.value exceeds limit' }
      }
      const left = consents.get(consentKey(openid, templateId)) ?? 0
      if (left <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
      consents.set(consentKey(openid, templateId), left - 1)
      deliveries.push({ openid, templateId, page: body.page, data: body.data, at: new Date().toISOString() })
      return { errcode: 0, errmsg: 'ok' }
    },
  }

  const control: Record<string, (body: Record<string, any>, query: URLSearchParams) => unknown> = {
    /** wx.login on the phone of the test person `name`. */
    login(body) {
      const name = String(body.name ?? '').trim()
      if (!/^[\p{L}\p{N}_-]{1,32}$/u.test(name)) return { error: 'name: 1–32 letters, digits, _ or -' }
      const code = `standin-code-${randomBytes(12).toString('hex')}`
      codes.set(code, { openid: testOpenId(name), issuedAt: Date.now(), used: false })
      return { code, openid: testOpenId(name) }
    },
    /** The person tapped 允许 (accept) or 取消 (reject) for these templates in wx.requestSubscribeMessage. */
    subscribe(body) {
      const openid = body.openid ? String(body.openid) : testOpenId(String(body.name ?? ''))
      const answers: Record<string, string> = {}
      for (const templateId of (body.templateIds ?? []) as string[]) {
        if (!validTemplates.has(templateId)) {
          answers[templateId] = 'filter'
          continue
        }
        const accept = body.accept !== false
        if (accept) consents.set(consentKey(openid, templateId), (consents.get(consentKey(openid, templateId)) ?? 0) + 1)
        answers[templateId] = accept ? 'accept' : 'reject'
      }
      return { errMsg: 'requestSubscribeMessage:ok', ...answers }
    },
    outage(body) {
      failure = body.mode === 'drop' ? { mode: 'drop' } : { mode: 'errcode', errcode: Number(body.errcode ?? -1) }
      return { failure }
    },
    recover() {
      failure = undefined
      rateLimited = 0
      return { failure: null }
    },
    /** The next `count` code2Session calls answer 45011 (too frequent). */
    'rate-limit'(body) {
      rateLimited = Number(body.count ?? 1)
      return { rateLimited }
    },
    /** Every token issued so far expires now (42001 on its next use). */
    'expire-tokens'() {
      for (const token of tokens.values()) token.expiresAt = 0
      return { expired: tokens.size }
    },
    deliveries(_body, query) {
      const openid = query.get('openid')
      return deliveries.filter((d) => !openid || d.openid === openid)
    },
    consents(_body, query) {
      const openid = query.get('openid') ?? ''
      return Object.fromEntries([...validTemplates].map((t) => [t, consents.get(consentKey(openid, t)) ?? 0]))
    },
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    // The H5 app asks for login codes from the browser, as wx.login would on the phone.
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'content-type',
      'access-control-allow-methods': 'GET, POST',
    }
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...cors })
      res.end(JSON.stringify(payload))
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors)
      return res.end()
    }
    let body: Record<string, any>
    try {
      const text = await readBody(req)
      body = text ? JSON.parse(text) : {}
    } catch {
      return send(200, { errcode: 47001, errmsg: 'data format error' })
    }
    const controlName = url.pathname.match(/^\/__standin\/([\w-]+)$/)?.[1]
    if (controlName) {
      const run = control[controlName]
      if (!run) return send(404, { error: `no control ${controlName}` })
      const result = run(body, url.searchParams) as Record<string, unknown>
      return send(result && 'error' in result ? 400 : 200, result)
    }
    const handle = api[`${req.method} ${url.pathname}`]
    if (!handle) return send(404, { errcode: 40066, errmsg: 'invalid url' })
    if (failure?.mode === 'drop') return req.socket.destroy()
    if (failure?.mode === 'errcode') return send(200, { errcode: failure.errcode, errmsg: 'system error' })
    if (url.pathname === '/sns/jscode2session' && rateLimited > 0) {
      rateLimited--
      return send(200, { errcode: 45011, errmsg: 'api minute-quota reach limit mustslower retry next minute' })
    }
    send(200, handle(url.searchParams, body))
  })
  server.listen(options.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    appId: options.appId,
    secret: options.secret,
    templates: options.templates,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
