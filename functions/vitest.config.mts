import { defineConfig } from 'vitest/config'

/** Pure unit tests: no network, no database. */
export default defineConfig({
  test: {
    name: 'functions',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts'],
    environment: 'node',
    env: { LOG_LEVEL: 'silent', STAGE: 'test' },
  },
})
