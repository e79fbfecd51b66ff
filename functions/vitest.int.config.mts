import { defineConfig } from 'vitest/config'

/** Integration: the real handlers behind serverless-offline, on a real dynalite started by the global setup. */
export default defineConfig({
  test: {
    name: 'functions-int',
    root: import.meta.dirname,
    include: ['src/**/*.int.test.ts'],
    environment: 'node',
    env: { STAGE: 'test', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/stack-env.ts'],
    // a 2-core box running races (30–50 cold Lambda workers at once) beside other files is slow, not wrong
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
