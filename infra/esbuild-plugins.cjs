/**
 * esbuild plugins of the Lambda bundles: serverless-esbuild loads this file (`custom.esbuild.plugins` in
 * serverless.yml), and `npm run size` builds with it too.
 *
 * The OpenAPI document ships brotli-compressed. Imported as plain JSON it made the openApi function's bundle 390 KB
 * (a JS object literal Node parses on every cold start, ~80 ms more `require` here); compressed, 265 KB, next to
 * 259 KB for a route without it, for a few milliseconds of decompressing once per cold start. The source stays a
 * plain JSON import (functions/src/openapi/handler.ts), so tests and tsx read the file as it is.
 */
const { readFileSync } = require('node:fs')
const { brotliCompressSync, constants } = require('node:zlib')

const COMPRESSED_JSON = /[\\/]functions[\\/]src[\\/]openapi[\\/]openapi\.json$/

/** @type {import('esbuild').Plugin} */
const compressedJson = {
  name: 'compressed-json',
  setup(build) {
    build.onLoad({ filter: COMPRESSED_JSON }, (args) => {
      const minified = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')))
      const packed = brotliCompressSync(minified, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      return {
        loader: 'js',
        contents: `module.exports = JSON.parse(require('node:zlib').brotliDecompressSync(Buffer.from(${JSON.stringify(packed.toString('base64'))}, 'base64')).toString('utf8'))`,
      }
    })
  },
}

module.exports = [compressedJson]
