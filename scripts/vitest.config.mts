import { defineConfig } from 'vitest/config'

/** The local stack and the deployable template. */
export default defineConfig({
  test: {
    name: 'stack',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 60_000,
  },
})
