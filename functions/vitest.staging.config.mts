import { defineConfig } from 'vitest/config'

/**
 * The staging pass: the real handlers in the `staging` stage — production's configuration (no dev sign-in, SSM for
 * every secret, WeChat for sign-in, content checks and subscription messages, production's limits) — against the
 * local stand-ins of WeChat and SSM. One file at a time: some tests take a stand-in down for a moment.
 */
export default defineConfig({
  test: {
    name: 'staging',
    root: import.meta.dirname,
    include: ['staging/**/*.staging.test.ts'],
    environment: 'node',
    env: { STAGE: 'staging', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    globalSetup: ['staging/global-setup.ts'],
    setupFiles: ['test/stack-env.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
