import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetPageStack } from './taro-shim'

// Taro's compiler provides these to app.config.ts / index.config.ts; tests import them directly.
Object.assign(globalThis, {
  defineAppConfig: <T>(config: T) => config,
  definePageConfig: <T>(config: T) => config,
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  resetPageStack()
})
