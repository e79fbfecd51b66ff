/**
 * docs/api-reference.md: the OpenAPI document as people read it — routes grouped by feature, each with who may
 * call it, its parameters, the fields of its request body and of each success body; then every named schema's
 * fields once, linked from wherever it is used.
 */
import type { JsonSchema, OpenApiDocument, Operation, Parameter, Response } from '../../functions/src/openapi/openapi-document'
import type { DocumentedRoute } from './routes'

type SchemaObject = { [keyword: string]: unknown }

const COMPONENT = '#/components/schemas/'
const MAX_ENUM = 10

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
const anchor = (name: string) => `schema-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
const link = (name: string) => `[${name}](#${anchor(name)})`
const literal = (value: unknown) => `\`${JSON.stringify(value)}\``

/** A schema as a short type: `string`, `"a" | "b"`, `[Station](#…)[]`, `{ id, name }`. */
export function typeText(schema: JsonSchema | undefined): string {
  if (schema === undefined || schema === true) return 'any'
  if (schema === false) return 'nothing'
  const node = schema as SchemaObject
  if (typeof node.$ref === 'string') {
    return node.$ref.startsWith(COMPONENT) ? link(node.$ref.slice(COMPONENT.length)) : 'JSON Schema'
  }
  if ('const' in node) return literal(node.const)
  if (Array.isArray(node.enum)) {
    return node.enum.length <= MAX_ENUM
      ? node.enum.map(literal).join(' | ')
      : `one of ${node.enum.length}: ${node.enum.slice(0, 3).map(literal).join(', ')}, …`
  }
  const union = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined
  if (union) return union.map(typeText).join(' | ')
  if (Array.isArray(node.type)) return node.type.map((type) => typeText({ ...node, type })).join(' | ')
  switch (node.type) {
    case 'array':
      if (node.prefixItems) return `[${(node.prefixItems as JsonSchema[]).map(typeText).join(', ')}]`
      return `${wrap(typeText(node.items as JsonSchema))}[]`
    case 'object': {
      const keys = Object.keys((node.properties ?? {}) as object)
      if (keys.length) return `{ ${keys.join(', ')} }`
      if (typeof node.additionalProperties === 'object') return `{ [key]: ${typeText(node.additionalProperties as JsonSchema)} }`
      return 'object'
    }
    case 'string':
      return node.format ? `string (${node.format})` : 'string'
    case 'null':
      return '`null`'
    case undefined:
      return 'any'
    default:
      return String(node.type)
  }
}

const wrap = (text: string) => (text.includes(' | ') ? `(${text})` : text)

/** What a field's schema says beyond its type: limits, pattern, default. */
function notes(schema: JsonSchema): string {
  if (typeof schema !== 'object') return ''
  const parts: string[] = []
  if (typeof schema.description === 'string') parts.push(schema.description)
  for (const [key, label] of [
    ['minLength', 'min length'],
    ['maxLength', 'max length'],
    ['minItems', 'min items'],
    ['maxItems', 'max items'],
    ['minimum', '≥'],
    ['maximum', '≤'],
  ] as const) {
    if (typeof schema[key] === 'number') parts.push(`${label} ${schema[key]}`)
  }
  if (typeof schema.pattern === 'string') parts.push(`pattern \`${schema.pattern}\``)
  if ('default' in schema) parts.push(`default ${literal(schema.default)}`)
  return parts.join('; ')
}

/**
 * The fields of an object schema (through one `$ref`) as table rows, the fields of anonymous objects inside it
 * too (`location.lat`, `items[].id`); a union lists each case's.
 */
function fieldTable(schema: JsonSchema, document: OpenApiDocument): string[] {
  const target = resolved(schema, document)
  if (typeof target !== 'object') return []
  const cases = (target.oneOf ?? target.anyOf) as JsonSchema[] | undefined
  if (cases) {
    return cases.flatMap((c, i) => {
      const rows = fieldTable(c, document)
      return [`*Case ${i + 1}:* ${typeText(c)}`, '', ...(rows.length ? [...rows, ''] : [])]
    })
  }
  const rows = fieldRows(target, '')
  return rows.length ? ['| Field | Type | Required | Notes |', '|---|---|---|---|', ...rows] : []
}

function fieldRows(schema: SchemaObject, prefix: string): string[] {
  const properties = schema.properties as Record<string, JsonSchema> | undefined
  if (!properties) return []
  const required = new Set((schema.required ?? []) as string[])
  return Object.entries(properties).flatMap(([name, field]) => {
    const row = `| \`${prefix}${name}\` | ${cell(typeText(field))} | ${required.has(name) ? 'yes' : ''} | ${cell(notes(field))} |`
    const inner = anonymousObject(field)
    return [row, ...(inner ? fieldRows(inner.schema, `${prefix}${name}${inner.suffix}.`) : [])]
  })
}

/** An object without a name of its own, directly or as an array's items: its fields are listed under the parent's. */
function anonymousObject(field: JsonSchema): { schema: SchemaObject; suffix: string } | undefined {
  if (typeof field !== 'object') return undefined
  if (field.type === 'object' && field.properties) return { schema: field, suffix: '' }
  const items = field.items as SchemaObject | undefined
  if (field.type === 'array' && items?.type === 'object' && items.properties) return { schema: items, suffix: '[]' }
  return undefined
}

/** What a body is, said before its field table (which says the rest). */
function headline(schema: JsonSchema, rows: string[]): string {
  if (!rows.length || typeof schema !== 'object' || schema.$ref) return typeText(schema)
  return schema.oneOf || schema.anyOf ? 'one of' : typeText({ type: schema.type })
}

function resolved(schema: JsonSchema, document: OpenApiDocument): JsonSchema {
  if (typeof schema === 'object' && typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT)) {
    return document.components.schemas[schema.$ref.slice(COMPONENT.length)] ?? schema
  }
  return schema
}

function parameterTable(parameters: Parameter[]): string[] {
  return [
    '| Parameter | In | Type | Required | Notes |',
    '|---|---|---|---|---|',
    ...parameters.map(
      (p) => `| \`${p.name}\` | ${p.in} | ${cell(typeText(p.schema))} | ${p.required ? 'yes' : ''} | ${cell(notes(p.schema))} |`,
    ),
  ]
}

function operationSection(path: string, method: string, operation: Operation, document: OpenApiDocument): string[] {
  const lines = [`### ${method.toUpperCase()} \`${path}\``, '', `\`${operation.operationId}\` — ${operation.summary}`, '']
  lines.push(
    ...operation.description
      .split('\n\n')
      .filter((p) => p.startsWith('**'))
      .map((p) => `${p}  `),
    '',
  )
  if (operation.parameters?.length) lines.push(...parameterTable(operation.parameters), '')
  const body = operation.requestBody
  if (body) {
    const other = Object.keys(body.content).filter((m) => m !== 'application/json')
    const json = body.content['application/json']!.schema
    const rows = fieldTable(json, document)
    const type = headline(json, rows)
    lines.push(
      `**Request body** (\`application/json\`${other.map((m) => `, or \`${m}\``).join('')}): ${type}`,
      '',
      ...(rows.length ? [...rows, ''] : []),
    )
  }
  const errors: string[] = []
  for (const [status, response] of Object.entries(operation.responses)) {
    if ('$ref' in response) {
      errors.push(status)
      continue
    }
    const content = Object.entries((response as Response).content ?? {})
    if (content.length === 0) {
      lines.push(`**${status}** — ${response.description}, no body.`, '')
      continue
    }
    for (const [mediaType, { schema }] of content) {
      const rows = mediaType === 'application/json' && typeof schema === 'object' && !schema.$ref ? fieldTable(schema, document) : []
      const type = mediaType !== 'application/json' ? `a \`${mediaType}\` file` : headline(schema, rows)
      lines.push(`**${status}** — ${response.description}: ${type}`, '', ...(rows.length ? [...rows, ''] : []))
    }
  }
  lines.push(`**Errors** (problem+json): ${errors.map((s) => (s === 'default' ? 'any other' : s)).join(', ')}`, '')
  return lines
}

export function renderReference(document: OpenApiDocument, routes: DocumentedRoute[]): string {
  const byTag = new Map<string, [string, string, Operation][]>(document.tags.map((t) => [t.name, []]))
  const order = new Map(routes.map((r, i) => [r.name, i]))
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Operation][])
      byTag.get(operation.tags[0]!)!.push([path, method, operation])
  }
  const lines = [
    '# API reference',
    '',
    '<!-- Generated by `npm run openapi` (scripts/openapi) from the route catalogue, the routes’ schemas and the types their handlers return. Do not edit. -->',
    '',
    `Every \`/v1\` route, ${routes.length} in all, generated with the OpenAPI document the API serves at \`GET /v1/openapi.json\` (${'`'}functions/src/openapi/openapi.json${'`'}). Conventions — errors as problem+json, lists and cursors, write limits, who is calling — are in [api.md](api.md). Routes that are not \`public\` take \`Authorization: Bearer <token>\`.`,
    '',
    ...document.tags.map((t) => `- [${t.name}](#${t.name}) — ${t.description} (${byTag.get(t.name)!.length})`),
    '- [Schemas](#schemas)',
    '',
  ]
  for (const tag of document.tags) {
    lines.push(`## ${tag.name}`, '', tag.description, '')
    const operations = byTag.get(tag.name)!.sort(([, , a], [, , b]) => order.get(a.operationId)! - order.get(b.operationId)!)
    for (const [path, method, operation] of operations) lines.push(...operationSection(path, method, operation, document))
  }
  lines.push('## Schemas', '', 'The named types the routes answer with (`#/components/schemas`).', '')
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    lines.push(`<a id="${anchor(name)}"></a>`, '', `### ${name}`, '')
    if (typeof schema === 'object' && typeof schema.description === 'string') lines.push(cell(schema.description), '')
    const rows = fieldTable(schema, document)
    lines.push(...(rows.length ? rows : [typeText(schema)]), '')
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
