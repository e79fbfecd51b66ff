import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The compiled weapp (dist/weapp) in miniprogram-simulate with WeChat's own wcc compiler, talking to the real local
 * stack (test/weapp/simulator.ts). Needs `npm run build:weapp -w miniapp` first. jsdom because miniprogram-simulate
 * builds its tree with DOM APIs.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'weapp',
    environment: 'jsdom',
    include: ['test/weapp/**/*.test.ts'],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    globalSetup: ['../scripts/local-stack/weapp-simulator-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
