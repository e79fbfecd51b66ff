/**
 * What a route takes, from the valibot schemas its edge validates with (`defineRoute`'s query, params, headers and
 * body), converted by @valibot/to-json-schema. The input side is converted (typeMode `input`: what is sent, before
 * trimming or coercion); checks and transforms that JSON Schema cannot say are left out (`errorMode: 'ignore'`):
 * the document may accept a little more than the edge does, never less.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import type { GenericSchema } from 'valibot'
import { headerName } from '../../functions/src/core/http/route'
import type { JsonSchema, Parameter } from '../../functions/src/openapi/openapi-document'
import type { DocumentedRoute } from './routes'

type SchemaObject = { [keyword: string]: unknown }

export interface RequestParts {
  parameters: Parameter[]
  /** JSON body schema, and the other media types the route turns into that JSON (`text/csv` → `{ csv }`). */
  body?: { schema: JsonSchema; alsoAccepts: string[]; maxBytes?: number }
}

function converted(schema: GenericSchema): SchemaObject {
  const { $schema: _dialect, ...json } = toJsonSchema(schema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'ignore',
  }) as SchemaObject
  return json
}

function parametersOf(schema: GenericSchema | undefined, where: Parameter['in']): Parameter[] {
  if (!schema) return []
  const object = converted(schema)
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((object.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => ({
    name: where === 'header' ? headerName(name) : name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }))
}

export function requestParts(route: DocumentedRoute): RequestParts {
  const { spec, endpoint } = route
  const path = parametersOf(spec.params as GenericSchema | undefined, 'path')
  // every `{name}` of the path is a parameter, even where no schema narrows it
  for (const [, name] of endpoint.path.matchAll(/\{(\w+)\}/g)) {
    if (!path.some((p) => p.name === name)) path.push({ name: name!, in: 'path', required: true, schema: { type: 'string' } })
  }
  const parameters = [
    ...path,
    ...parametersOf(spec.query as GenericSchema | undefined, 'query'),
    ...parametersOf(spec.headers as GenericSchema | undefined, 'header'),
  ]
  if (!spec.body) return { parameters }
  return {
    parameters,
    body: {
      schema: converted(spec.body as GenericSchema),
      alsoAccepts: Object.keys(spec.alsoAccepts ?? {}),
      ...(spec.maxBodyBytes ? { maxBytes: spec.maxBodyBytes } : {}),
    },
  }
}
