import { describe, expect, it } from 'vitest'
import { buildApiBase, LOCAL_API_BASE } from '../config/api-base'

describe('the API address a weapp build bakes in', () => {
  it('is the local API for a development build, unless told otherwise', () => {
    expect(buildApiBase({})).toBe(LOCAL_API_BASE)
    expect(buildApiBase({ TARO_APP_API_BASE: 'http://192.168.1.5:3000' })).toBe('http://192.168.1.5:3000')
  })

  it('refuses a release build without an https API, instead of shipping one that talks to 127.0.0.1', () => {
    expect(() => buildApiBase({ DOORSTEP_RELEASE: '1' })).toThrow('A release build needs TARO_APP_API_BASE=https://')
    expect(() => buildApiBase({ DOORSTEP_RELEASE: '1', TARO_APP_API_BASE: 'http://api.doorstep.example' })).toThrow(
      '"http://api.doorstep.example"',
    )
    expect(() => buildApiBase({ DOORSTEP_RELEASE: '1', TARO_APP_API_BASE: 'https://' })).toThrow()
    expect(buildApiBase({ DOORSTEP_RELEASE: '1', TARO_APP_API_BASE: 'https://api.doorstep.example/' })).toBe('https://api.doorstep.example')
  })
})
