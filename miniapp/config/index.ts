import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { buildApiBase } from './api-base'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Taro only transpiles `src/` and its own packages. The shared workspace is TypeScript source reached
 * through a node_modules symlink that webpack resolves to its real path, so that real path must be
 * listed in BOTH mini.compile.include and h5.compile.include (a top-level `compile` key is ignored).
 */
const sharedWorkspace = path.resolve(__dirname, '../../shared')

const apiBase = buildApiBase(process.env)
/** H5 map tiles, e.g. https://tiles.example/{z}/{x}/{y}.png (GCJ-02 tiles). Empty: markers on a plain background. */
const mapTileUrl = process.env.TARO_APP_MAP_TILE_URL ?? ''

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'doorstep-miniapp',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    alias: { '@': path.resolve(__dirname, '../src') },
    outputRoot: `dist/${process.env.TARO_ENV}`,
    defineConstants: { API_BASE: JSON.stringify(apiBase), MAP_TILE_URL: JSON.stringify(mapTileUrl) },
    // Map marker icons are read by path at run time (weapp <Map> iconPath), not imported, so copy them as files.
    copy: {
      patterns: [{ from: 'src/packages/stations/assets/', to: `dist/${process.env.TARO_ENV}/packages/stations/assets/` }],
      options: {},
    },
    framework: 'react',
    // aria-* and role reach the weapp's WXML, where WeChat's screen reader reads them
    plugins: [path.resolve(__dirname, 'weapp-accessibility.ts')],
    // errorLevel 1: exit non-zero on compile errors, so CI notices.
    compiler: { type: 'webpack5', errorLevel: 1 },
    cache: { enable: false },
    // weapp: WXML has no recursion, so Taro writes each element's template once per nesting level, and a page nested
    // deeper continues in a wrapper component. The deepest page nests 9 levels (test/weapp/every-page.ts checks it
    // stays below this); the default 16 cost ~16 KB of the main package for levels no page reaches.
    baseLevel: 12,
    mini: {
      compile: { include: [sharedWorkspace] },
      // Modules used only by a subpackage are moved into it, keeping the main package small.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [sharedWorkspace] },
      // Relative, so dist/h5 works from any static server path (hash routing keeps the document URL fixed).
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      useHtmlComponents: true,
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        // The root font follows the window up to a large phone (22 px), then stops: Taro's default 40 px made a
        // desktop window a phone magnified twice. Wider windows get more room (app.scss, staff.scss), not bigger text.
        pxtransform: { enable: true, config: { maxRootSize: 22 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }

  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
