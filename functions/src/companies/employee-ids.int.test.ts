import { createHash } from 'node:crypto'
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import { describe, expect, it } from 'vitest'
import { anEmployee, createCompany } from '../../test/companies'
import { bearer, call, signInUser } from '../../test/http'
import { createDocumentClient } from '../core/db/client'
import { EmployeeIds, employeeIdsFromSsm, employeeIdWith } from './employee-ids'
import { employeeKey, toEmployeeItem } from './keys'
import { migrateEmployeeIds } from './migrate-employee-ids'

const table = () => process.env.COMPANIES_TABLE!

describe('employee ids', () => {
  it('are an HMAC under the stage’s key: not the plain hash anyone could recompute from an ID number', async () => {
    const { token } = await signInUser('roster-keyed')
    const company = await createCompany(token)
    const person = anEmployee()
    const added = await call('POST', `/v1/companies/${company.id}/employees`, { body: person, headers: bearer(token) })
    expect(added.status).toBe(201)
    const unkeyed = createHash('sha256').update(`${company.id}:${person.idNumber}`).digest('hex').slice(0, 24)
    expect(added.body.id).not.toBe(unkeyed)
    expect(added.body.id).toBe(await employeeIdsFromSsm().of(company.id, person.idNumber))
    expect(employeeIdWith('another key', company.id, person.idNumber)).not.toBe(added.body.id)
  })

  it('move from the unkeyed hash to the keyed id once, keeping the person, however often the migration runs', async () => {
    const { token } = await signInUser('roster-migrated')
    const company = await createCompany(token)
    const person = anEmployee()
    const oldId = createHash('sha256').update(`${company.id}:${person.idNumber}`).digest('hex').slice(0, 24)
    const db = createDocumentClient(process.env.DYNAMODB_ENDPOINT)
    await db.send(
      new PutCommand({
        TableName: table(),
        Item: toEmployeeItem({ ...person, id: oldId, companyId: company.id, addedAt: new Date().toISOString() }),
      }),
    )

    const ids: EmployeeIds = employeeIdsFromSsm()
    const first = await migrateEmployeeIds(db, table(), ids)
    expect(first.moved).toBeGreaterThanOrEqual(1)
    const newId = await ids.of(company.id, person.idNumber)
    expect((await db.send(new GetCommand({ TableName: table(), Key: employeeKey(company.id, oldId) }))).Item).toBeUndefined()
    const roster = await call('GET', `/v1/companies/${company.id}/employees`, { headers: bearer(token) })
    expect(roster.body.items.map((e: { id: string; name: string }) => [e.id, e.name])).toEqual([[newId, person.name]])
    expect(
      (
        await call('PUT', `/v1/companies/${company.id}/employees/${newId}`, {
          body: {
            name: person.name,
            phone: '13900001111',
            hiredOn: person.hiredOn,
            contractSigned: person.contractSigned,
            contractEndsOn: person.contractEndsOn,
          },
          headers: bearer(token),
        })
      ).status,
    ).toBe(200)
    expect((await migrateEmployeeIds(db, table(), ids)).moved).toBe(0)
  })
})
