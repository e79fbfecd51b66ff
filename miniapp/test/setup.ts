import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { appPreferencesStore, DEFAULT_PREFERENCES } from '@/shared/preferences'
import { resetPageStack, subscribePrompt } from './taro-shim'

// Taro's compiler provides these to app.config.ts / index.config.ts; tests import them directly.
Object.assign(globalThis, {
  defineAppConfig: <T>(config: T) => config,
  definePageConfig: <T>(config: T) => config,
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  resetPageStack()
  subscribePrompt.asked.length = 0
  subscribePrompt.answer = 'accept'
  // Each test starts in Chinese, normal mode, with nothing kept on the "device" (offline caches, preferences).
  appPreferencesStore.update(DEFAULT_PREFERENCES)
  localStorage.clear()
})
