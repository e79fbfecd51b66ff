import { afterEach, describe, expect, it } from 'vitest'
import { resolveApiBase } from './api-base'

describe('resolveApiBase on H5', () => {
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('uses runtime-config.js when it set an apiBase', () => {
    window.__DOORSTEP_CONFIG__ = { apiBase: ' https://api.example.cn ' }
    expect(resolveApiBase()).toBe('https://api.example.cn')
  })

  it('falls back to the build-time API_BASE when runtime-config.js is missing or empty', () => {
    expect(resolveApiBase()).toBe(API_BASE)
    window.__DOORSTEP_CONFIG__ = {}
    expect(resolveApiBase()).toBe(API_BASE)
  })
})
