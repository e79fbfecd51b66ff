import { afterEach, describe, expect, it } from 'vitest'
import { devLoginCodeUrl, isDevSignInEnabled } from './dev-sign-in'

describe('isDevSignInEnabled on H5', () => {
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('is on only when runtime-config.js names where test login codes come from', () => {
    expect(isDevSignInEnabled()).toBe(false)
    window.__DOORSTEP_CONFIG__ = { apiBase: 'https://api.example.cn' }
    expect(isDevSignInEnabled()).toBe(false)
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'javascript:alert(1)' }
    expect(isDevSignInEnabled()).toBe(false)
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'http://127.0.0.1:3004/__standin/login' }
    expect(isDevSignInEnabled()).toBe(true)
    expect(devLoginCodeUrl()).toBe('http://127.0.0.1:3004/__standin/login')
  })
})
