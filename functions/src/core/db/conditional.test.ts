import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'
import { describe, expect, it } from 'vitest'
import { assignments } from './assignments'
import { conditionHeld, unlessConditionFails } from './conditional'
import { countAll } from './query-all'

const conditionFailed = () =>
  Promise.reject(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }))

describe('conditional writes', () => {
  it('tell a write that landed from one whose condition did not hold', async () => {
    expect(await conditionHeld(Promise.resolve({}))).toBe(true)
    expect(await conditionHeld(conditionFailed())).toBe(false)
    expect(await unlessConditionFails(Promise.resolve({ Attributes: { id: 'a' } }))).toEqual({ Attributes: { id: 'a' } })
    expect(await unlessConditionFails(conditionFailed())).toBeUndefined()
  })

  it('throw every other failure', async () => {
    await expect(conditionHeld(Promise.reject(new Error('throttled')))).rejects.toThrow('throttled')
    await expect(unlessConditionFails(Promise.reject(new Error('throttled')))).rejects.toThrow('throttled')
  })
})

describe('assignments', () => {
  it('writes each field under a placeholder name and value, in order', () => {
    expect(assignments({ title: 'T', capacity: 3 })).toEqual({
      expression: '#title = :title, #capacity = :capacity',
      names: { '#title': 'title', '#capacity': 'capacity' },
      values: { ':title': 'T', ':capacity': 3 },
    })
  })
})

describe('countAll', () => {
  it('adds up the counts of every page, asking for counts only', async () => {
    const asked: Record<string, unknown>[] = []
    const pages = [{ Count: 2, LastEvaluatedKey: { pk: 'a' } }, { Count: 3 }]
    const db = { send: async (command: { input: Record<string, unknown> }) => (asked.push(command.input), pages[asked.length - 1]) }
    expect(await countAll(db as never, { TableName: 't', KeyConditionExpression: 'pk = :pk' })).toBe(5)
    expect(asked.map((input) => [input.Select, input.ExclusiveStartKey])).toEqual([
      ['COUNT', undefined],
      ['COUNT', { pk: 'a' }],
    ])
  })
})
