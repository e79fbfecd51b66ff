import { cleanup } from './support/dom'
import { afterEach } from 'vitest'

// Taro's compiler provides these to app.config.ts / index.config.ts; tests import them directly.
Object.assign(globalThis, {
  defineAppConfig: <T>(config: T) => config,
  definePageConfig: <T>(config: T) => config,
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})
