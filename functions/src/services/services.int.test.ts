import { CATEGORY_IDS, shanghaiMinute, type ServiceDetail, type ServiceProject, type ServiceSession } from '@doorstep/shared'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { call } from '../../test/http'
import { seededSessions } from '../../test/sessions'

const seededServices: ServiceProject[] = JSON.parse(readFileSync(new URL('../../../data/seed/services.json', import.meta.url), 'utf8'))

describe('GET /v1/services', () => {
  it('lists all 23 service projects, category by category', async () => {
    const res = await call<{ items: ServiceProject[] }>('GET', '/v1/services')
    expect(res.status).toBe(200)
    expect(res.body.items.map((s) => s.id).sort()).toEqual(seededServices.map((s) => s.id).sort())
    const ranks = res.body.items.map((s) => CATEGORY_IDS.indexOf(s.categoryId))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('filters by category and by the policy a service delivers (the graph read backwards)', async () => {
    const talent = await call<{ items: ServiceProject[] }>('GET', '/v1/services?category=talent')
    expect(talent.body.items.map((s) => s.id).sort()).toEqual(
      seededServices
        .filter((s) => s.categoryId === 'talent')
        .map((s) => s.id)
        .sort(),
    )
    const byPolicy = await call<{ items: ServiceProject[] }>('GET', '/v1/services?policy=pol-senior-learning')
    expect(byPolicy.body.items.map((s) => s.id)).toEqual(
      seededServices.filter((s) => s.policyIds.includes('pol-senior-learning')).map((s) => s.id),
    )
  })

  it('names a bad category or unknown parameter', async () => {
    const res = await call('GET', '/v1/services?category=cooking&colour=red')
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.category', 'query.colour'])
  })
})

describe('GET /v1/services/{id}', () => {
  it('gives the project with its policies by title and its next session open for sign-up', async () => {
    const res = await call<ServiceDetail>('GET', '/v1/services/svc-siyb-training')
    expect(res.status).toBe(200)
    expect(res.body.policies.map((p) => p.id)).toEqual(seededServices.find((s) => s.id === 'svc-siyb-training')!.policyIds)
    expect(res.body.policies.every((p) => p.title.length > 0)).toBe(true)
    const openForSignUp = seededSessions().find(
      (s) => s.series.serviceId === 'svc-siyb-training' && s.signUpBy > shanghaiMinute(new Date()),
    )!
    expect(res.body.nextSession).toMatchObject({ serviceId: 'svc-siyb-training', id: openForSignUp.id, startsAt: openForSignUp.startsAt })
  })

  it('404s an unknown project and has no next session for a walk-in service', async () => {
    expect((await call('GET', '/v1/services/svc-nope')).status).toBe(404)
    expect((await call<ServiceDetail>('GET', '/v1/services/svc-social-security-card')).body.nextSession).toBeUndefined()
  })
})

describe('GET /v1/services/{id}/sessions', () => {
  it('lists upcoming sessions soonest first, without who holds the seats', async () => {
    const res = await call<{ items: ServiceSession[] }>('GET', '/v1/services/svc-senior-school/sessions')
    expect(res.status).toBe(200)
    const seeded = res.body.items.filter((s) => s.sample).map((s) => s.id)
    const planned = seededSessions().filter((s) => s.series.serviceId === 'svc-senior-school' && s.startsAt > shanghaiMinute(new Date()))
    expect(planned.length).toBeGreaterThan(0)
    expect(seeded).toEqual(planned.map((s) => s.id))
    const starts = res.body.items.map((s) => s.startsAt)
    expect(starts).toEqual([...starts].sort())
    for (const session of res.body.items) expect(Object.keys(session)).not.toContain('seats')
    expect((await call('GET', '/v1/services/svc-nope/sessions')).status).toBe(404)
  })
})
