import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

/** Component tests: the real pages rendered in jsdom with Taro's H5 components (as the H5 build uses them). */
export default defineConfig({
  root: here('.'),
  // @tarojs/taro-h5 ships ESM in a non-module package, so vite transforms it and warns ~140 times about
  // source maps pointing at files it does not publish. Errors still show.
  logLevel: 'error',
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    API_BASE: JSON.stringify('http://api.invalid'),
    MAP_TILE_URL: JSON.stringify(''),
    // Build flags Taro's runtime expects webpack to define.
    DEPRECATED_ADAPTER_COMPONENT: 'false',
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'true',
    ENABLE_SIZE_APIS: 'true',
    ENABLE_TEMPLATE_CONTENT: 'true',
    ENABLE_CLONE_NODE: 'true',
    ENABLE_CONTAINS: 'true',
    ENABLE_MUTATION_OBSERVER: 'true',
  },
  resolve: {
    alias: [
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components-react' },
      { find: /^@tarojs\/taro$/, replacement: here('./test/taro-shim.ts') },
      { find: /^@\//, replacement: `${here('./src')}/` },
    ],
    // Taro picks `name.h5.tsx` over `name.tsx` on H5; do the same here.
    extensions: ['.h5.tsx', '.h5.ts', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'],
  },
  test: {
    name: 'miniapp',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/weapp/**'],
    setupFiles: ['./test/setup.ts'],
    // Taro's React components are ESM that import `@tarojs/components`; inline them so the alias applies.
    server: { deps: { inline: [/@tarojs\/components-react/] } },
  },
})
