import { describe, expect, it } from 'vitest'
import { recordOf } from './item'

describe('recordOf', () => {
  it('leaves keys, index keys and the entity tag behind, and keeps every other attribute', () => {
    const item = {
      pk: 'MSG#1',
      sk: 'MSG',
      gsi1pk: 'A',
      gsi1sk: 'B',
      gsi12pk: 'C',
      gsi12sk: 'D',
      entity: 'message',
      id: '1',
      pkg: 'kept',
      skills: ['x'],
    }
    expect(recordOf(item)).toEqual({ id: '1', pkg: 'kept', skills: ['x'] })
  })
})
