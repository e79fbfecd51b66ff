import { bearer, call } from './http'
import { idempotencyKey } from './messages'

/** A field demand filed through the real route by `token`'s grid worker: its id. */
export async function fileFieldDemand(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await call('POST', '/v1/admin/field-demands', {
    body: { topic: '技能培训', text: '走访中居民希望社区开设技能培训班。', households: 2, ...overrides },
    headers: { ...bearer(token), 'idempotency-key': idempotencyKey() },
  })
  if (res.status !== 201) throw new Error(`field demand failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

/** A demand in 平江街道 grouping one fresh field demand, by the district admin; adopted when asked: its id. */
export async function demandInPingjiang(tokens: { grid: string; admin: string }, { adopt = false } = {}): Promise<string> {
  const fieldDemandId = await fileFieldDemand(tokens.grid)
  const res = await call('POST', '/v1/admin/demands', {
    body: { topic: '技能培训', summary: '网格走访听到的培训需求', subDistrict: 'pingjiang', fieldDemandIds: [fieldDemandId] },
    headers: bearer(tokens.admin),
  })
  if (res.status !== 201) throw new Error(`grouping failed: ${res.status} ${JSON.stringify(res.body)}`)
  if (adopt) {
    const adopted = await call('POST', `/v1/admin/demands/${res.body.id}/decision`, {
      body: { decision: 'adopt' },
      headers: bearer(tokens.admin),
    })
    if (adopted.status !== 200) throw new Error(`adopting failed: ${adopted.status}`)
  }
  return res.body.id
}
