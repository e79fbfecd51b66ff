/**
 * The OpenAPI 3.1 document of the API (GET /v1/openapi.json), typed as far as scripts/openapi writes it: the
 * generator builds one of these, and the route's own response schema is derived from this type (index signatures,
 * not `Record`: typescript-json-schema closes a `Record` to every key).
 */
export interface OpenApiDocument {
  openapi: '3.1.0'
  jsonSchemaDialect: string
  info: { title: string; version: string; description: string }
  tags: Tag[]
  paths: { [path: string]: PathItem }
  components: {
    schemas: { [name: string]: JsonSchema }
    responses: { [name: string]: Response }
    securitySchemes: { [name: string]: { type: 'http'; scheme: 'bearer'; bearerFormat: string; description: string } }
  }
}

export interface Tag {
  name: string
  description: string
}

export type HttpMethodKey = 'get' | 'post' | 'put' | 'delete'
export interface PathItem {
  get?: Operation
  post?: Operation
  put?: Operation
  delete?: Operation
}

export interface Operation {
  operationId: string
  tags: string[]
  summary: string
  description: string
  security?: { [scheme: string]: string[] }[]
  parameters?: Parameter[]
  requestBody?: { required: true; description?: string; content: { [mediaType: string]: MediaType } }
  /** By status code (`200`, `429`) or `default`: either the response itself or a shared one in `components.responses`. */
  responses: { [status: string]: Response | Reference }
  /** Who may call it, as the route catalogue says (shared/src/api/endpoints.ts). */
  'x-access': Access
}

export type Access = 'public' | 'user' | 'signed-in' | { staff: string[] }

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  schema: JsonSchema
  description?: string
}

export interface Response {
  description: string
  headers?: { [name: string]: { description: string; schema: JsonSchema } }
  content?: { [mediaType: string]: MediaType }
}

export interface MediaType {
  schema: JsonSchema
}

export interface Reference {
  $ref: string
}

/** A JSON Schema (2020-12 dialect, as OpenAPI 3.1 uses); the response schema points at the 2020-12 meta-schema. */
export type JsonSchema = { [keyword: string]: unknown } | boolean
