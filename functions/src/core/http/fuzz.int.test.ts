/**
 * Bad input gets a clear answer and loses nothing: 2,000 hostile requests (seeded, so a failure reproduces) over
 * every route in serverless.yml, through the real handlers. None may answer 5xx; every 4xx is problem+json with
 * its own status, and a 400/422 names each bad field; every answer is one the OpenAPI document allows. `npm run
 * fuzz` runs the same generator longer.
 */
import type { StaffRole, StaffScope } from '@doorstep/shared'
import fc from 'fast-check'
import { expect, inject, it } from 'vitest'
import { readServerlessConfig, routesOf } from '../../../../scripts/local-stack/serverless-config'
import { signInStaff, signInUser } from '../../../test/http'
import { describeFailure, hostileRequests, problemWith, send, type FuzzAnswer, type FuzzCallers } from '../../../test/fuzz/requests'
import { checkAnswer } from '../../../test/openapi-contract'
import { FRESH_STAFF_PASSWORD, newStaff } from '../../../test/staff'

const SEED = 20_261_206
const CASES = 2_000
const AT_ONCE = 6
/** Requests from their own address: their wrong passwords count against this source, not the other tests'. */
const SOURCE = '127.0.0.99'

it(`answers ${CASES} hostile requests over every route with no 5xx, and each 4xx as problem+json naming its fields`, async () => {
  const routes = routesOf(await readServerlessConfig('test'))
  const staff = async (role: StaffRole, scope: StaffScope) =>
    (await signInStaff(await newStaff(FRESH_STAFF_PASSWORD, { role, scope }), FRESH_STAFF_PASSWORD)).token
  // accounts of this test alone: nothing it does (a disabled account, a changed password) reaches another test
  const callers: FuzzCallers = {
    user: (await signInUser(`fuzz-${Date.now()}`)).token,
    answerer: await staff('answerer', { kind: 'subDistrict', id: 'pingjiang' }),
    desk: await staff('desk', { kind: 'subDistrict', id: 'sujin' }),
    admin: await staff('admin', { kind: 'district' }),
  }
  const requests = fc.sample(hostileRequests(routes, callers), { seed: SEED, numRuns: CASES })

  const failures: string[] = []
  const answered = new Map<string, number>()
  let next = 0
  const worker = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const request = requests[i]!
      const answer = await send(inject('apiUrl'), request, SOURCE)
      answered.set(request.route, (answered.get(request.route) ?? 0) + 1)
      const problem = problemWith(answer) ?? contractBreach(request.method, request.path, answer)
      if (problem) failures.push(describeFailure(i, request, problem))
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker))

  expect([...answered.keys()].sort()).toEqual([...routes].sort())
  expect(failures.slice(0, 10), `${failures.length} of ${CASES} failed (seed ${SEED})`).toEqual([])
}, 900_000)

/** What in the answer the OpenAPI document does not allow, if anything. */
function contractBreach(method: string, path: string, answer: FuzzAnswer): string | undefined {
  try {
    const json = /^application\/([\w.-]+\+)?json/.test(answer.contentType)
    checkAnswer(
      method,
      path,
      answer.status,
      answer.contentType,
      answer.text === '' ? undefined : json ? JSON.parse(answer.text) : answer.text,
    )
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
