import { describe, expect, it } from 'vitest'
import { rememberSearch } from './recent-searches'

describe('rememberSearch', () => {
  it('puts the search first without repeating it, trimmed, at most 8', () => {
    expect(rememberSearch(['社保', '失业'], ' 失业 ')).toEqual(['失业', '社保'])
    expect(rememberSearch(['1', '2', '3', '4', '5', '6', '7', '8'], '9')).toEqual(['9', '1', '2', '3', '4', '5', '6', '7'])
  })

  it('does not remember a blank search', () => {
    expect(rememberSearch(['社保'], '  ')).toEqual(['社保'])
  })
})
