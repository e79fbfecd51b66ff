import { shanghaiDate as shanghaiToday, type PolicyHit } from '@doorstep/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff } from '../../test/http'
import { editablePolicy, seededPolicies, seededPolicy } from '../../test/seed-policies'
import { isInForce } from './in-force'

const today = () => shanghaiToday(new Date())
const search = (query: string) => call('GET', `/v1/policies?${query}`)

describe('GET /v1/policies', () => {
  it('finds 失业 with the title match first, in-force flags and highlight ranges', async () => {
    const res = await search(`q=${encodeURIComponent('失业')}`)
    expect(res.status).toBe(200)
    const first: PolicyHit = res.body.items[0]
    expect(first.title).toContain('失业')
    expect(first.inForce).toBe(true)
    const title = first.highlights.find((h) => h.field === 'title')!
    expect(title.ranges.map(([s, e]) => first.title.slice(s, e))).toEqual(['失业'])
    expect(res.body.total).toBeGreaterThanOrEqual(res.body.items.length)
    expect(first).not.toHaveProperty('pk')
    expect(first).not.toHaveProperty('benefits')
  })

  it.each(['社保', 'shebao', 'sb'])('finds social insurance policies for %s', async (q) => {
    const res = await search(`q=${q}`)
    expect(res.status).toBe(200)
    expect(res.body.items.map((p: PolicyHit) => p.id)).toContain('pol-company-onboarding')
  })

  it('needs both words of 创业 贷款 and ranks the start-up loan first', async () => {
    const res = await search(`q=${encodeURIComponent('创业 贷款')}`)
    expect(res.body.items[0].id).toBe('pol-startup-loan')
  })

  it('pages through the whole library with no query, in force first, each policy once', async () => {
    const seen: PolicyHit[] = []
    let cursor: string | undefined
    do {
      const res = await search(`limit=20${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.status).toBe(200)
      seen.push(...res.body.items)
      cursor = res.body.nextCursor
    } while (cursor)
    const seededIds = seededPolicies.map((p) => p.id)
    const listed = seen.filter((p) => seededIds.includes(p.id))
    expect(new Set(listed.map((p) => p.id)).size).toBe(seededPolicies.length)
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length)
    const flags = seen.map((p) => p.inForce)
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
  })

  it('filters: inForce=false lists the expired policies, still findable', async () => {
    const res = await search('inForce=false&limit=50')
    const expected = seededPolicies.filter((p) => !isInForce(p, today())).map((p) => p.id)
    expect(res.body.items.map((p: PolicyHit) => p.id)).toEqual(expect.arrayContaining(expected))
    expect(res.body.items.every((p: PolicyHit) => !p.inForce)).toBe(true)
  })

  it('filters by category and audience', async () => {
    const res = await search('category=mediation&audience=company&limit=50')
    expect(res.body.items.length).toBeGreaterThan(0)
    for (const p of res.body.items as PolicyHit[]) {
      expect(p.categories).toContain('mediation')
      expect(p.audiences).toContain('company')
    }
  })

  it('suggests the closest topics when nothing is found', async () => {
    const res = await search(`q=${encodeURIComponent('火星移民签证')}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ items: [], total: 0 })
    expect(res.body.suggestions).toHaveLength(4)
  })

  it.each([
    ['limit=0', 'query.limit'],
    ['category=tax', 'query.category'],
    ['audience=alien', 'query.audience'],
    ['inForce=yes', 'query.inForce'],
    [`q=${'长'.repeat(51)}`, 'query.q'],
    [`cursor=${Buffer.from('{"offset":-5}').toString('base64url')}`, 'query.cursor'],
    [`cursor=${Buffer.from('{"pk":"x"}').toString('base64url')}`, 'query.cursor'],
    ['sort=title', 'query.sort'],
  ])('answers 400 problem+json for %s, naming %s', async (query, path) => {
    const res = await search(encodeURI(query))
    expect(res.status).toBe(400)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
  })
})

describe('GET /v1/policies/{id}', () => {
  it('returns every field, whether it is in force, and the names of its services', async () => {
    const expected = seededPolicy('pol-unemployment-benefit')
    const res = await call('GET', '/v1/policies/pol-unemployment-benefit')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ...expected, inForce: true })
    expect(res.body.services).toEqual([
      { id: 'svc-policy-consult', name: '政策咨询·一键查询' },
      { id: 'svc-employment-assistance', name: '就业帮扶行动' },
    ])
  })

  it('marks an expired policy', async () => {
    const res = await call('GET', '/v1/policies/pol-unemployment-subsidy')
    expect(res.body.inForce).toBe(false)
  })

  it('answers 404 for an unknown policy and 400 for an id that cannot be one', async () => {
    expect((await call('GET', '/v1/policies/pol-nowhere')).status).toBe(404)
    const bad = await call('GET', '/v1/policies/DROP%20TABLE')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toBe('path.id')
  })
})

describe('POST /v1/policies/match', () => {
  it('returns the policies that fit, each with its reasons', async () => {
    const res = await call('POST', '/v1/policies/match', { body: { who: 'company', companySize: '1-20', suzhouHukou: true } })
    expect(res.status).toBe(200)
    const ids = res.body.items.map((m: { policy: { id: string } }) => m.policy.id)
    expect(ids).toContain('pol-shared-hr-manager')
    for (const m of res.body.items) expect(m.reasons.length).toBeGreaterThan(0)
  })

  it('answers 422 naming each bad answer', async () => {
    const res = await call('POST', '/v1/policies/match', { body: { who: 'astronaut', ageBand: '200', extra: 1 } })
    expect(res.status).toBe(422)
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.who', 'body.ageBand']))
  })
})

describe('admin editing of policies', () => {
  let admin: Record<string, string>
  beforeAll(async () => {
    admin = bearer((await signInStaff('admin')).token)
  })
  const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const draft = (marker: string) => ({
    ...editablePolicy(seededPolicy('pol-minimum-wage')),
    title: `测试政策 ${marker}`,
    keywords: [marker],
  })
  const findIds = async (q: string) => (await search(`q=${q}`)).body.items.map((p: PolicyHit) => p.id)

  it('creates a policy (201, verified today, not sample data) that search finds at once; a second create is 409', async () => {
    const marker = `zq${unique()}`
    const id = `pol-test-${marker}`
    const created = await call('POST', '/v1/admin/policies', { body: { id, ...draft(marker) }, headers: admin })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ id, title: `测试政策 ${marker}`, verifiedOn: today(), sample: false })
    expect(created.headers.get('location')).toBe(`/v1/policies/${id}`)
    expect(await findIds(marker)).toEqual([id])
    // the write stored the title's pinyin, which stays out of every response
    expect(await findIds('ceshi')).toContain(id)
    expect(created.body).not.toHaveProperty('searchPinyin')
    const read = await call('GET', `/v1/policies/${id}`)
    expect(read.body.title).toBe(`测试政策 ${marker}`)
    expect(read.body).not.toHaveProperty('searchPinyin')

    const again = await call('POST', '/v1/admin/policies', { body: { id, ...draft(marker) }, headers: admin })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].path).toBe('body.id')
  })

  it('edits a policy and the search reflects it; retiring it keeps it findable, marked not in force', async () => {
    const before = `zq${unique()}`
    const after = `zq${unique()}`
    const id = `pol-test-${before}`
    expect((await call('POST', '/v1/admin/policies', { body: { id, ...draft(before) }, headers: admin })).status).toBe(201)

    const edited = await call('PUT', `/v1/admin/policies/${id}`, { body: draft(after), headers: admin })
    expect(edited.status).toBe(200)
    expect(await findIds(after)).toEqual([id])
    expect(await findIds(before)).toEqual([])

    const retired = await call('PUT', `/v1/admin/policies/${id}`, { body: { ...draft(after), expiresOn: today() }, headers: admin })
    expect(retired.status).toBe(200)
    const [hit] = (await search(`q=${after}`)).body.items
    expect(hit).toMatchObject({ id, inForce: false, expiresOn: today() })
    expect((await call('GET', `/v1/policies/${id}`)).body.inForce).toBe(false)
  })

  it('answers 404 for editing a policy that does not exist, writing nothing', async () => {
    const id = `pol-test-missing-${unique()}`
    const res = await call('PUT', `/v1/admin/policies/${id}`, { body: draft('zqmissing'), headers: admin })
    expect(res.status).toBe(404)
    expect((await call('GET', `/v1/policies/${id}`)).status).toBe(404)
  })

  it('answers 422 naming each bad field and writes nothing', async () => {
    const id = `pol-test-bad-${unique()}`
    const body = {
      ...draft('zqbad'),
      id,
      title: '',
      categories: ['tax'],
      effectiveFrom: '2026-01-01',
      expiresOn: '2025-01-01',
      verifiedOn: '2020-01-01',
    }
    const res = await call('POST', '/v1/admin/policies', { body, headers: admin })
    expect(res.status).toBe(422)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.title', 'body.categories.0', 'body.verifiedOn']),
    )
    expect((await call('GET', `/v1/policies/${id}`)).status).toBe(404)
  })

  it('rejects an expiry before the effective date', async () => {
    const res = await call('POST', '/v1/admin/policies', {
      body: { ...draft('zqdates'), id: `pol-test-dates-${unique()}`, effectiveFrom: '2026-01-01', expiresOn: '2025-01-01' },
      headers: admin,
    })
    expect(res.status).toBe(422)
    expect(res.body.detail).toContain('失效日期须晚于生效日期')
  })
})
