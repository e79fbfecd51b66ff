/**
 * People and objects made through the local API as each person would, for the browser and weapp-simulator tests:
 * sessions for signed-in pages, a company case and a message for detail pages. Only fetch and @doorstep/shared, so
 * both the e2e and the mini-program's test code can use it.
 */
import { creditCodeCheckCharacter, MESSAGE_CATEGORY_IDS, type Session } from '@doorstep/shared'
import { standInLoginCode } from '../stand-ins/login-code'

export type StaffName = 'answerer.pingjiang' | 'desk.boc' | 'admin' | 'grid.pingjianglu'

/** The password every seeded staff account has on this machine (functions/src/seed/dev-staff.ts). */
const DEV_STAFF_PASSWORD = 'Doorstep-2026'

export function apiClient(apiUrl: string) {
  return async function api<T>(
    method: string,
    route: string,
    body?: unknown,
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(`${apiUrl}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }
}

export async function residentSession(apiUrl: string, weChatStandIn: string, name: string): Promise<Session> {
  return apiClient(apiUrl)<Session>('POST', '/v1/auth/wechat', { code: await standInLoginCode(weChatStandIn, name), nickname: name })
}

export function staffSession(apiUrl: string, username: StaffName): Promise<Session> {
  return apiClient(apiUrl)<Session>('POST', '/v1/auth/staff', { username, password: DEV_STAFF_PASSWORD })
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** A valid unified social credit code (GB 32100), different each call. */
export function newCreditCode(): string {
  const first17 = `91320508${Array.from({ length: 9 }, () => CREDIT_ALPHABET[Math.floor(Math.random() * CREDIT_ALPHABET.length)]).join('')}`
  return `${first17}${creditCodeCheckCharacter(first17)}`
}

/** A company case owned by the resident whose token this is, at the desk.boc station. */
export function createCompanyCase(apiUrl: string, token: string, name: string): Promise<{ id: string }> {
  return apiClient(apiUrl)<{ id: string }>(
    'POST',
    '/v1/companies',
    {
      name,
      creditCode: newCreditCode(),
      legalRepresentative: '张三',
      subDistrict: 'canglang',
      stationId: 'fp-boc-gusu',
      address: '姑苏区人民路 100 号',
      contactPhone: '13800000000',
      foundedOn: '2026-01-05',
      expectedHeadcount: 5,
    },
    token,
  )
}

/** A private message in 平江街道 (answerer.pingjiang's queue) from the resident whose token this is. */
export function postPrivateMessage(apiUrl: string, token: string, title: string, content: string): Promise<{ id: string }> {
  return apiClient(apiUrl)<{ id: string }>(
    'POST',
    '/v1/messages',
    { category: MESSAGE_CATEGORY_IDS[0], title, content, subDistrict: 'pingjiang', public: false },
    token,
    { 'Idempotency-Key': `fixture-${Date.now()}-${Math.random().toString(36).slice(2, 10)}` },
  )
}

export type Who = 'resident' | StaffName

/** One session per person for a test file: the resident `residentName` (via the stand-in) or a seeded staff account. */
export function sessionsFor(apiUrl: string, weChatStandIn: string, residentName: string) {
  const sessions = new Map<Who, Promise<Session>>()
  return (who: Who): Promise<Session> => {
    let session = sessions.get(who)
    if (!session) {
      session = who === 'resident' ? residentSession(apiUrl, weChatStandIn, residentName) : staffSession(apiUrl, who)
      sessions.set(who, session)
    }
    return session
  }
}

export interface DetailFixtures {
  /** A company case the resident owns, at the desk.boc station. */
  companyId: string
  /** A message the resident wrote, in 平江街道 (answerer.pingjiang's queue). */
  messageId: string
}

/** What the detail pages show: a company case and a message of the resident whose token this is. */
export async function createDetailFixtures(apiUrl: string, token: string, companyName: string): Promise<DetailFixtures> {
  const company = await createCompanyCase(apiUrl, token, companyName)
  const message = await postPrivateMessage(apiUrl, token, '想了解灵活就业参保', '请问在平江街道怎么办理灵活就业人员参保？需要带哪些材料？')
  return { companyId: company.id, messageId: message.id }
}
