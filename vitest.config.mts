import { defineConfig } from 'vitest/config'

/** One `vitest run` for every level: pure units, dynalite integration, pages in jsdom, weapp, browser E2E. */
export default defineConfig({
  test: {
    projects: [
      'shared/vitest.config.mts',
      'functions/vitest.config.mts',
      'functions/vitest.int.config.mts',
      'functions/vitest.staging.config.mts',
      'scripts/vitest.config.mts',
      'data/vitest.config.mts',
      'miniapp/vitest.config.mts',
      'miniapp/vitest.weapp.config.mts',
      'e2e/vitest.config.mts',
    ],
  },
})
