/**
 * Every answer an integration or staging test receives is checked against the OpenAPI document
 * (functions/src/openapi/openapi.json): the operation by method and path, the response by status (or `default`),
 * the body by media type and schema. A mismatch throws, naming the route, the status and ajv's errors, so the
 * test that made the call fails — the document cannot drift from what the API answers.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import generated from '../src/openapi/openapi.json'
import type { OpenApiDocument, Operation, Reference, Response } from '../src/openapi/openapi-document'

const document = generated as unknown as OpenApiDocument

export class ContractError extends Error {}

const COMPONENTS_ID = 'openapi-components.json'
const COMPONENT_REF = '#/components/schemas/'

/** The same schema with its `#/components/schemas/<name>` references pointed at `to<name>`. */
function pointed(node: unknown, to: string): unknown {
  if (Array.isArray(node)) return node.map((item) => pointed(item, to))
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)
        ? `${to}${value.slice(COMPONENT_REF.length)}`
        : pointed(value, to),
    ]),
  )
}

/**
 * Compiles schemas of the document with ajv (2020-12 dialect, strict, formats checked). The named schemas are
 * held as the `$defs` of one schema of their own: ajv resolves pointers into `$defs` reliably, and not into an
 * OpenAPI document's `paths`.
 */
export function documentSchemas(): { compile: (schema: unknown) => ValidateFunction } {
  // strictTuples off: valibot's `tuple` takes extra items, and its JSON Schema says so by leaving `items` out
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true })
  addFormats(ajv)
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: pointed(document.components.schemas, '#/$defs/') })
  return { compile: (schema) => ajv.compile(pointed(schema, `${COMPONENTS_ID}#/$defs/`) as object) }
}

let compiler: ReturnType<typeof documentSchemas> | undefined
const validators = new Map<string, ValidateFunction>()

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) {
    compiler ??= documentSchemas()
    validate = compiler.compile(schema)
    validators.set(key, validate)
  }
  return validate
}

interface Route {
  template: string
  method: string
  pattern: RegExp
  params: number
  operation: Operation
}

/** Literal paths before templated ones: `/v1/messages/similar` is not `/v1/messages/{id}`. */
const routes: Route[] = Object.entries(document.paths)
  .flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      template,
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
      operation: operation as Operation,
    })),
  )
  .sort((a, b) => a.params - b.params)

export function operationFor(method: string, path: string): Route | undefined {
  const bare = path.split('?')[0]!
  return routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(bare))
}

const tally = { validated: 0, outside: 0, gateway: 0 }
/** How many answers this test file checked; how many were for no route of the document, or the gateway's own. */
export const contractTally = () => ({ ...tally })

/**
 * Checks one answer. `body` is what the test helper parsed: JSON as a value, CSV and spreadsheet files as text,
 * `undefined` for an empty body.
 */
export function checkAnswer(method: string, path: string, status: number, contentType: string, body: unknown): void {
  const route = operationFor(method, path)
  if (!route) {
    tally.outside++
    return
  }
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
  if (status >= 500 && mediaType !== 'application/problem+json') {
    // the gateway's own answer (serverless-offline's Lambda timeout, as API Gateway's 503/504): no route answered
    tally.gateway++
    return
  }
  const where = `${route.method} ${route.template} → ${status}`
  const key = String(status) in route.operation.responses ? String(status) : 'default'
  const entry = route.operation.responses[key]
  if (!entry) throw new ContractError(`${where}: the OpenAPI document has no response for this status (nor a default)`)
  const response = resolve(entry)
  if (!response.content) {
    if (body !== undefined) throw new ContractError(`${where}: the document says there is no body, but there is one (${mediaType})`)
    tally.validated++
    return
  }
  if (!(mediaType in response.content)) {
    throw new ContractError(
      `${where}: answered ${mediaType || 'no content type'}; the document has ${Object.keys(response.content).join(', ')}`,
    )
  }
  const validate = validatorFor(`${route.method} ${route.template} ${key} ${mediaType}`, response.content[mediaType]!.schema)
  if (!validate(body)) {
    const errors = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `  ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`)
    throw new ContractError(
      `${where}: the ${mediaType} body does not match the OpenAPI document (${operationLabel(route)})\n${errors.join('\n')}`,
    )
  }
  tally.validated++
}

const operationLabel = (route: Route) => route.operation.operationId
const isReference = (entry: Response | Reference): entry is Reference => '$ref' in entry

function resolve(entry: Response | Reference): Response {
  if (!isReference(entry)) return entry
  const name = entry.$ref.replace('#/components/responses/', '')
  const response = document.components.responses[name]
  if (!response) throw new ContractError(`${entry.$ref} is not in the document`)
  return response
}
