import { shanghaiDate, type Station } from '@doorstep/shared'
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { AccountRepository } from '../auth/account-repository'
import { hashPassword } from '../auth/password'
import { createDocumentClient } from '../core/db/client'
import { bearer, call, DEV_PASSWORD, signInStaff } from '../../test/http'
import { stationKey } from './keys'
import { seededStations } from '../../test/seed-data'

const EDITED = seededStations.find((s) => s.id === 'st-sujin-hemei')!
const path = `/v1/admin/stations/${EDITED.id}`
const db = createDocumentClient(inject('dynamoEndpoint'))
const table = inject('stackEnv').CATALOG_TABLE!

const NEW_HOURS: Station['hours'] = {
  mon: [
    ['08:30', '12:00'],
    ['13:00', '17:00'],
  ],
  tue: [
    ['08:30', '12:00'],
    ['13:00', '17:00'],
  ],
  wed: [
    ['08:30', '12:00'],
    ['13:00', '17:00'],
  ],
  thu: [
    ['08:30', '12:00'],
    ['13:00', '17:00'],
  ],
  fri: [['08:30', '12:00']],
  sat: [['09:00', '11:00']],
  sun: [],
  holiday: [['09:00', '11:00']],
}
const validEdit = { hours: NEW_HOURS, phone: '0512-65550000', serviceIds: ['svc-policy-consult', 'svc-senior-school'] }

let admin: string
let huqiuAdmin: string
let original: Record<string, unknown>

/**
 * Admins of this file only: writes are rate limited per staff member, and other files write as `admin` too.
 * One for the whole district, one whose scope is a single sub-district.
 */
async function createAdmin(username: string, scope: { kind: 'district' } | { kind: 'subDistrict'; id: 'huqiu' }) {
  await new AccountRepository(db, inject('stackEnv').ACCOUNTS_TABLE!).createStaffIfAbsent({
    username,
    displayName: username,
    role: 'admin',
    scope,
    passwordHash: await hashPassword(DEV_PASSWORD),
    tokenVersion: 1,
  })
  return (await signInStaff(username)).token
}

beforeAll(async () => {
  admin = await createAdmin('admin.stations-test', { kind: 'district' })
  huqiuAdmin = await createAdmin('admin.huqiu-test', { kind: 'subDistrict', id: 'huqiu' })
  original = (await db.send(new GetCommand({ TableName: table, Key: stationKey(EDITED.id) }))).Item!
})

// Put the seeded item back (seedHash included), so other test files see the sample data.
afterAll(async () => {
  await db.send(new PutCommand({ TableName: table, Item: original }))
})

const put = (body: unknown, token = admin, to = path) => call('PUT', to, { body, headers: bearer(token) })

describe('PUT /v1/admin/stations/{id}', () => {
  it('lets the district admin change hours, phone and services, and marks it verified today', async () => {
    const res = await put(validEdit)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ...EDITED, ...validEdit, verifiedOn: shanghaiDate(new Date()) })

    const read = await call('GET', `/v1/stations/${EDITED.id}`)
    expect(read.body).toEqual(res.body)
  })

  it('keeps the station on the map: the geo index still finds it after an edit', async () => {
    await put(validEdit)
    const res = await call('GET', `/v1/stations?near=${EDITED.location.lat},${EDITED.location.lng}&radius=100&limit=50`)
    expect(res.body.items.map((s: Station) => s.id)).toContain(EDITED.id)
  })

  it('answers 422 naming each service id that is not a service project, and changes nothing', async () => {
    const before = (await call('GET', `/v1/stations/${EDITED.id}`)).body
    const res = await put({
      ...validEdit,
      phone: '0512-61111111',
      serviceIds: ['svc-policy-consult', 'svc-made-up', 'svc-senior-school', 'svc-nope'],
    })
    expect(res.status).toBe(422)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body.errors).toEqual([
      { path: 'body.serviceIds.1', message: '没有这个服务项目：svc-made-up' },
      { path: 'body.serviceIds.3', message: '没有这个服务项目：svc-nope' },
    ])
    expect((await call('GET', `/v1/stations/${EDITED.id}`)).body).toEqual(before)
  })

  it.each([
    [{ ...validEdit, hours: { ...NEW_HOURS, mon: [['12:00', '09:00']] } }, 'body.hours.mon.0'],
    [
      {
        ...validEdit,
        hours: {
          ...NEW_HOURS,
          tue: [
            ['09:00', '12:00'],
            ['11:00', '17:00'],
          ],
        },
      },
      'body.hours.tue',
    ],
    [{ ...validEdit, hours: { ...NEW_HOURS, wed: [['9am', '17:00']] } }, 'body.hours.wed.0.0'],
    [{ ...validEdit, phone: '110' }, 'body.phone'],
    [{ ...validEdit, serviceIds: ['svc-policy-consult', 'svc-policy-consult'] }, 'body.serviceIds'],
    [{ hours: NEW_HOURS, phone: '0512-65550000' }, 'body.serviceIds'],
    [{ ...validEdit, location: { lat: 31.3, lng: 120.6 } }, 'body.location'],
  ])('answers 422 for a bad body, naming the field (%#: %s)', async (body, field) => {
    const res = await put(body)
    expect(res.status).toBe(422)
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field)
  })

  it('answers 404 for a station that does not exist, and creates nothing', async () => {
    const res = await put(validEdit, admin, '/v1/admin/stations/st-nowhere')
    expect(res.status).toBe(404)
    expect((await call('GET', '/v1/stations/st-nowhere')).status).toBe(404)
  })

  it('answers 404 to an admin whose sub-district does not hold the station, and changes nothing', async () => {
    const before = (await call('GET', `/v1/stations/${EDITED.id}`)).body
    const res = await put({ ...validEdit, phone: '0512-62222222' }, huqiuAdmin)
    expect(res.status).toBe(404)
    expect((await call('GET', `/v1/stations/${EDITED.id}`)).body).toEqual(before)
  })

  it('lets a sub-district admin edit a station of their own sub-district', async () => {
    const huqiuStation = seededStations.find((s) => s.subDistrict === 'huqiu' && s.kind === 'community-station')!
    const { hours, phone, serviceIds } = huqiuStation
    const res = await put({ hours, phone, serviceIds }, huqiuAdmin, `/v1/admin/stations/${huqiuStation.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ...huqiuStation, verifiedOn: shanghaiDate(new Date()) })
  })

  it.each(['answerer.pingjiang', 'desk.boc'])('refuses staff without the admin role (%s) with 403', async (username) => {
    const res = await put(validEdit, (await signInStaff(username)).token)
    expect(res.status).toBe(403)
  })

  it('refuses anonymous callers with 401', async () => {
    expect((await call('PUT', path, { body: validEdit })).status).toBe(401)
  })
})
