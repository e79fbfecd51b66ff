import { beforeAll, describe, expect, it, inject } from 'vitest'
import { HttpError } from '../http/errors'
import type { TryCounter as TryCounterType } from './try-counter'

/** Connected to the test dynalite: every try is a real conditional write; time is passed in, so windows are exact. */
let counter: TryCounterType
beforeAll(async () => {
  const { createDocumentClient } = await import('../db/client')
  const { TryCounter } = await import('./try-counter')
  counter = new TryCounter(createDocumentClient(inject('dynamoEndpoint')), inject('stackEnv').RATE_LIMITS_TABLE!)
})

const FIVE_PER_QUARTER_HOUR = { limit: 5, windowSeconds: 900 }
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 1, 0, 0, 0) + minutes * 60_000)
const subject = () => `s-${Math.random().toString(36).slice(2)}`
const outcome = (promise: Promise<void>) =>
  promise.then(
    () => 'counted',
    (error: unknown) =>
      error instanceof HttpError && error.status === 429 ? `wait ${error.headers['retry-after']}` : `failed ${String(error)}`,
  )

describe('TryCounter on DynamoDB', () => {
  it('counts exactly the limit of 40 tries sent at once, however they interleave', async () => {
    const who = subject()
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(0)))))
    expect(outcomes.filter((o) => o === 'counted')).toHaveLength(5)
    expect(outcomes.filter((o) => o === 'wait 900')).toHaveLength(35)
  })

  it('makes the wait run from the first try, and starts afresh once the window has passed', async () => {
    const who = subject()
    for (const minute of [0, 1, 2, 3, 14]) await counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(minute))
    expect(await outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(14)))).toBe('wait 60')
    expect(await outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(15)))).toBe('counted')
    for (let i = 0; i < 4; i++) await counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(16))
    expect(await outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(16)))).toBe('wait 840')
  })

  it('starts one window when many first tries race on a passed one', async () => {
    const who = subject()
    await counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(0))
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(20)))))
    expect(outcomes.filter((o) => o === 'counted')).toHaveLength(5)
  })

  it('gives a try back within its window, never below zero', async () => {
    const who = subject()
    for (let i = 0; i < 5; i++) await counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(0))
    await counter.giveBack('test', who, FIVE_PER_QUARTER_HOUR, at(1))
    expect(await outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(1)))).toBe('counted')
    expect(await outcome(counter.take('test', who, FIVE_PER_QUARTER_HOUR, at(1)))).toBe('wait 840')

    const fresh = subject()
    await counter.giveBack('test', fresh, FIVE_PER_QUARTER_HOUR, at(0))
    await counter.take('test', fresh, FIVE_PER_QUARTER_HOUR, at(0))
    await counter.giveBack('test', fresh, FIVE_PER_QUARTER_HOUR, at(0))
    await counter.giveBack('test', fresh, FIVE_PER_QUARTER_HOUR, at(0))
    for (let i = 0; i < 5; i++) expect(await outcome(counter.take('test', fresh, FIVE_PER_QUARTER_HOUR, at(1)))).toBe('counted')
    expect(await outcome(counter.take('test', fresh, FIVE_PER_QUARTER_HOUR, at(1)))).toBe('wait 840')
  })
})
