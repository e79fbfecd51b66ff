import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, inject } from 'vitest'
import { contractTally } from './openapi-contract'

// Code a test runs in its own process (signing a token, a repository) reads the same settings as the API's
// functions: table names, the SSM stand-in holding the stage's keys, and its stand-in credentials.
Object.assign(process.env, inject('stackEnv'))

// each test file leaves how many answers it checked against the OpenAPI document; the global teardown adds them up
afterAll(() => {
  const file = join(inject('contractTallyDir'), `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(contractTally()))
})
