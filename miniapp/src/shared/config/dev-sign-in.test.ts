import { afterEach, describe, expect, it } from 'vitest'
import { isDevSignInEnabled } from './dev-sign-in'

describe('isDevSignInEnabled on H5', () => {
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('is on only when runtime-config.js sets devSignIn: true', () => {
    expect(isDevSignInEnabled()).toBe(false)
    window.__DOORSTEP_CONFIG__ = { apiBase: 'https://api.example.cn' }
    expect(isDevSignInEnabled()).toBe(false)
    window.__DOORSTEP_CONFIG__ = { devSignIn: true }
    expect(isDevSignInEnabled()).toBe(true)
  })
})
