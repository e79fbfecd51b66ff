import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * Renders the compiled weapp output (dist/weapp) with miniprogram-simulate and WeChat's own wcc compiler.
 * Needs `npm run build:weapp -w miniapp` first. jsdom because miniprogram-simulate builds its tree with DOM APIs.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'weapp',
    environment: 'jsdom',
    include: ['test/weapp-smoke.test.ts'],
    testTimeout: 30_000,
  },
})
