import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

/** The package files a handler's Lambda bundle would hold, bundled as serverless.yml bundles it. */
async function bundledPackages(handler: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [fileURLToPath(new URL(handler, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  return Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/'))
}

const fromPinyinPro = (inputs: string[]) => inputs.filter((input) => input.includes('node_modules/pinyin-pro/'))

/** pinyin-pro's dictionary is most of a bundle and of its cold start: only writes may carry it. */
describe('pinyin-pro stays off the query path', () => {
  it.each(['./search-handler.ts', './handler.ts'])('%s does not bundle pinyin-pro', async (handler) => {
    const packages = await bundledPackages(handler)
    expect(packages.some((input) => input.includes('node_modules/minisearch/') || input.includes('node_modules/valibot/'))).toBe(true)
    expect(fromPinyinPro(packages)).toEqual([])
  })

  it('the admin write handler does bundle it, to store the readings', async () => {
    expect(fromPinyinPro(await bundledPackages('./admin-handler.ts'))).not.toEqual([])
  })
})
