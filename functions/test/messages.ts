import { randomUUID } from 'node:crypto'
import { bearer, call, signInStaff } from './http'

/** A valid submission in 平江街道 (answerer.pingjiang's scope); override any field. */
export const messageBody = (overrides: Record<string, unknown> = {}) => ({
  category: 'social-security',
  title: '社保卡补办要多久',
  content: '我的社保卡丢了，想问一下在平江街道的服务站补办需要带什么材料，多久能拿到？',
  subDistrict: 'pingjiang',
  public: true,
  ...overrides,
})

export const idempotencyKey = () => `test-${randomUUID()}`

/** Submits through the real route: the new message's id. */
export async function submitMessage(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await call('POST', '/v1/messages', {
    body: messageBody(overrides),
    headers: { ...bearer(token), 'idempotency-key': idempotencyKey() },
  })
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

let adminToken: string | undefined

/** One staff action by the district admin, who reaches every message. */
export async function actAsAdmin(id: string, body: Record<string, unknown>) {
  adminToken ??= (await signInStaff('admin')).token
  return call('POST', `/v1/admin/messages/${id}/actions`, { body, headers: bearer(adminToken) })
}

/** A message by `token`'s owner that staff have answered. */
export async function answeredMessage(token: string): Promise<string> {
  const id = await submitMessage(token)
  const res = await actAsAdmin(id, { action: 'reply', answer: '请带身份证到服务站窗口办理，当场可取。' })
  if (res.status !== 200) throw new Error(`reply failed: ${res.status} ${JSON.stringify(res.body)}`)
  return id
}
