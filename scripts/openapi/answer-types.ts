/**
 * Success responses from the types the handlers return. Each `defineRoute` handler's type carries what `handle`
 * resolves to; `SuccessOf` (core/http/route.ts) turns that into `{ status, json | file | empty }` cases. A program
 * of one virtual file names `SuccessOf<typeof handler>` per route, and typescript-json-schema turns those aliases
 * into JSON Schema through the type checker (it follows inferred return types, conditional types and generic
 * instantiations; ts-json-schema-generator reads type syntax and could not resolve a single one of them).
 * Its definitions are then tidied into named components: aliases followed, the names it makes up for anonymous
 * types and type parameters (`__type_3`, `R_12`, `%7Bid%3A…`) inlined, draft-07 tuples written as 2020-12.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import * as TJS from 'typescript-json-schema'
import type { JsonSchema } from '../../functions/src/openapi/openapi-document'
import { repoRoot } from '../local-stack/paths'
import type { DocumentedRoute } from './routes'

type SchemaObject = { [keyword: string]: unknown }

export type Success =
  | { status: number; kind: 'json'; schema: JsonSchema }
  | { status: number; kind: 'file'; mediaType: string }
  | { status: number; kind: 'empty' }

export interface AnswerTypes {
  /** Named schemas the successes and the problem refer to (`#/components/schemas/<name>`). */
  schemas: Record<string, JsonSchema>
  successes: Record<string, Success[]>
  problem: JsonSchema
  /** The handler export's doc comment, per route. */
  docs: Record<string, string>
}

const ENTRY = join(repoRoot, 'scripts', 'openapi', '__route-answers__.ts')
const ALIAS_PREFIX = 'RouteAnswer_'
const PROBLEM_TYPE = 'ProblemDocument'
/** Schema objects inside the document served at /v1/openapi.json are checked against the dialect's meta-schema. */
const JSON_SCHEMA_TYPE = 'JsonSchema'
export const META_SCHEMA = 'https://json-schema.org/draft/2020-12/schema'
const COMPONENT_REF = '#/components/schemas/'

function entrySource(routes: DocumentedRoute[]): string {
  const modules = [...new Set(routes.map((r) => r.module))]
  const rel = (module: string) => `../../${module}`
  return [
    `import type { SuccessOf } from '${rel('functions/src/core/http/route')}'`,
    `import type { ProblemDocument as Problem } from '${rel('functions/src/core/http/problem')}'`,
    ...modules.map((m, i) => `import type * as m${i} from '${rel(m)}'`),
    `export type ${PROBLEM_TYPE} = Problem`,
    ...routes.map((r) => `export type ${ALIAS_PREFIX}${r.name} = SuccessOf<typeof m${modules.indexOf(r.module)}.${r.exportName}>`),
    '',
  ].join('\n')
}

function program(source: string): ts.Program {
  const configPath = join(repoRoot, 'functions', 'tsconfig.json')
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath))
  const options = { ...config.options, noEmit: true }
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (file, language, ...rest) =>
    file === ENTRY ? ts.createSourceFile(file, source, language) : getSourceFile.call(host, file, language, ...rest)
  host.fileExists = (file) => file === ENTRY || fileExists.call(host, file)
  host.readFile = (file) => (file === ENTRY ? source : readFile.call(host, file))
  return ts.createProgram([ENTRY], options, host)
}

export function answerTypes(routes: DocumentedRoute[]): AnswerTypes {
  const source = entrySource(routes)
  const built = program(source)
  const entry = built.getSourceFile(ENTRY)!
  const problems = [...built.getSyntacticDiagnostics(entry), ...built.getSemanticDiagnostics(entry)]
  if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, ts.createCompilerHost({})))

  const generator = TJS.buildGenerator(built, {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    ref: true,
    aliasRef: true,
    // types elsewhere in the program need not compile for this (the typecheck step sees to them)
    ignoreErrors: true,
  })
  if (!generator) throw new Error('typescript-json-schema could not read the program')
  generator.setSchemaOverride(JSON_SCHEMA_TYPE, { $ref: META_SCHEMA })

  // One run per type: within one run, a type met a second time comes back as a reference, and an intersection
  // with such a member loses that member's properties (ServiceDetail = ServiceProject & {…} once ServiceProject
  // had been met in GET /v1/services); separate runs cannot lean on what another route met first.
  const raw = new Map<string, Record<string, SchemaObject>>()
  for (const name of [PROBLEM_TYPE, ...routes.map((r) => `${ALIAS_PREFIX}${r.name}`)]) {
    // it warns about object literals whose values it cannot turn into defaults; defaults are dropped anyway
    const warn = console.warn
    console.warn = () => {}
    try {
      const {
        definitions = {},
        $schema: _dialect,
        ...root
      } = generator.getSchemaForSymbol(name, true, true) as SchemaObject & {
        definitions?: Record<string, SchemaObject>
      }
      raw.set(name, { ...definitions, [name]: root })
    } finally {
      console.warn = warn
    }
  }
  // A name that means different schemas in different runs (`Page` of stations here, of services there: one generic,
  // instantiated) is no name for a component: each use gets its own copy. Inlining one can make another differ.
  const inlined = new Set<string>()
  for (;;) {
    const schemas: Record<string, JsonSchema> = {}
    const tidied = new Map([...raw].map(([name, definitions]) => [name, new Tidy(definitions, new Set([name]), inlined)]))
    const successes = Object.fromEntries(
      routes.map((r) => [r.name, tidied.get(`${ALIAS_PREFIX}${r.name}`)!.successes(`${ALIAS_PREFIX}${r.name}`, r.name)]),
    )
    const problem = tidied.get(PROBLEM_TYPE)!.schema({ $ref: `#/definitions/${PROBLEM_TYPE}` })
    const conflicts = new Set<string>()
    for (const tidy of tidied.values()) {
      for (const [name, schema] of Object.entries(tidy.components())) {
        if (name in schemas && JSON.stringify(schemas[name]) !== JSON.stringify(schema)) conflicts.add(name)
        schemas[name] = schema
      }
    }
    if (conflicts.size === 0) {
      const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => byCodePoint(a, b)))
      return { schemas: sorted, successes, problem, docs: handlerDocs(built, routes) }
    }
    for (const name of conflicts) inlined.add(name)
  }
}

/** The doc comment above each handler's export (`/** 201 with the receipt … *\/ export const submit = …`). */
function handlerDocs(built: ts.Program, routes: DocumentedRoute[]): Record<string, string> {
  const checker = built.getTypeChecker()
  const docs: Record<string, string> = {}
  for (const route of routes) {
    const file = built.getSourceFile(join(repoRoot, `${route.module}.ts`))
    const moduleSymbol = file && checker.getSymbolAtLocation(file)
    const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === route.exportName)
    const text = exported ? ts.displayPartsToString(exported.getDocumentationComment(checker)).trim() : ''
    if (text) docs[route.name] = text.replace(/\s*\n\s*/g, ' ')
  }
  return docs
}

/** Names typescript-json-schema makes up: anonymous types, type parameters, printed type literals, `Array`. */
const MADE_UP = /^(__|[A-Z](_\d+)?$|Array(_\d+)?$|global\.)|[^\w]/

class Tidy {
  /** Definition name → its final component name; absent: inlined wherever it is used. */
  private readonly names = new Map<string, string>()
  private readonly used = new Set<string>()
  private readonly output = new Map<string, JsonSchema>()

  constructor(
    private readonly definitions: Record<string, SchemaObject>,
    roots: Set<string>,
    /** Component names to give up: each use of these gets its own copy. */
    inlined: Set<string>,
  ) {
    // same-named definitions (`Page`, `Page_1`: one generic, several instantiations) keep the name only when they
    // are one and the same schema; otherwise each use gets its own copy
    const groups = new Map<string, string[]>()
    for (const name of Object.keys(definitions)) {
      if (roots.has(name) || MADE_UP.test(name) || this.aliasOf(name)) continue
      const base = name.replace(/_\d+$/, '')
      groups.set(base, [...(groups.get(base) ?? []), name])
    }
    for (const [base, members] of groups) {
      const distinct = new Set(members.map((m) => JSON.stringify(definitions[m])))
      if (distinct.size === 1 && !inlined.has(base)) for (const m of members) this.names.set(m, base)
    }
  }

  /** A definition that only points at another (`{ $ref, description? }`): where it points. */
  private aliasOf(name: string): string | undefined {
    const schema = this.definitions[name]
    if (!schema || typeof schema.$ref !== 'string' || !schema.$ref.startsWith('#/definitions/')) return undefined
    if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description')) return undefined
    return refName(schema.$ref)
  }

  private follow(name: string): string {
    const seen = new Set<string>()
    let current = name
    for (let next = this.aliasOf(current); next && !seen.has(next); next = this.aliasOf(current)) {
      seen.add(current)
      current = next
    }
    return current
  }

  schema(value: unknown, inlining: string[] = []): JsonSchema {
    if (typeof value === 'boolean') return value
    const node = value as SchemaObject
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) {
      const { $ref, ...siblings } = node
      const target = this.follow(refName($ref))
      if (!this.definitions[target]) throw new Error(`typescript-json-schema refers to ${target} but does not define it`)
      const annotations = this.schemaMap(siblings, inlining) as SchemaObject
      const named = this.names.get(target)
      if (named) {
        if (!this.used.has(target)) {
          this.used.add(target)
          this.output.set(named, this.schema(this.definitions[target]!, []))
        }
        return { $ref: `${COMPONENT_REF}${named}`, ...annotations }
      }
      if (inlining.includes(target)) throw new Error(`${target} refers to itself and has no name to refer to it by`)
      const inlined = this.schema(this.definitions[target]!, [...inlining, target])
      return typeof inlined === 'boolean' ? inlined : { ...inlined, ...annotations }
    }
    return this.schemaMap(node, inlining)
  }

  /** One schema object's keywords, each subschema tidied; draft-07 tuples become `prefixItems`. */
  private schemaMap(node: SchemaObject, inlining: string[]): JsonSchema {
    const out: SchemaObject = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'default' || key === '$schema') continue
      if (key === 'properties' || key === 'patternProperties') {
        out[key] = Object.fromEntries(Object.entries(value as SchemaObject).map(([k, v]) => [k, this.schema(v, inlining)]))
      } else if (key === 'items' && Array.isArray(value)) {
        out.prefixItems = value.map((v) => this.schema(v, inlining))
      } else if (key === 'additionalItems') {
        out.items = this.schema(value, inlining)
      } else if (['anyOf', 'oneOf', 'allOf'].includes(key)) {
        out[key] = (value as unknown[]).map((v) => this.schema(v, inlining))
      } else if (['items', 'additionalProperties', 'not', 'contains', 'propertyNames'].includes(key)) {
        out[key] = this.schema(value, inlining)
      } else {
        out[key] = value
      }
    }
    // a tuple of fixed length: nothing may follow its items
    if (out.prefixItems && !('items' in out) && out.maxItems === (out.prefixItems as unknown[]).length) out.items = false
    return out
  }

  /** The success cases of a route alias: one object type, or a union of them. */
  successes(alias: string, route: string): Success[] {
    const schema = this.definitions[this.follow(alias)]!
    const cases = (schema.anyOf as SchemaObject[] | undefined) ?? [schema]
    return cases
      .flatMap((c): Success[] => {
        const properties = this.deref(c).properties as Record<string, SchemaObject> | undefined
        if (!properties?.status) throw new Error(`${route}: its answer type is not a SuccessOf case: ${JSON.stringify(c)}`)
        const statuses = this.literals(properties.status) as number[]
        if (properties.json) return statuses.map((status) => ({ status, kind: 'json', schema: this.schema(properties.json) }))
        if (properties.file) {
          const [mediaType] = this.literals(properties.file) as string[]
          return statuses.map((status) => ({ status, kind: 'file', mediaType: mediaType!.split(';')[0]!.trim() }))
        }
        return statuses.map((status) => ({ status, kind: 'empty' }))
      })
      .sort((a, b) => a.status - b.status)
      .reduce<Success[]>((merged, success) => {
        // one status, two JSON bodies (`reply(200, a)` here, `reply(200, b)` there): either may come
        const same = merged.find((m) => m.status === success.status)
        if (!same) return [...merged, success]
        if (same.kind !== 'json' || success.kind !== 'json') throw new Error(`${route}: ${success.status} is answered in two kinds of body`)
        same.schema = { anyOf: [same.schema, success.schema] }
        return merged
      }, [])
  }

  private deref(node: SchemaObject): SchemaObject {
    return typeof node.$ref === 'string' ? this.deref(this.definitions[this.follow(refName(node.$ref))]!) : node
  }

  /** A literal type's values: `const`, or `enum` for a union of literals. */
  private literals(node: SchemaObject): unknown[] {
    const resolved = this.deref(node)
    if ('const' in resolved) return [resolved.const]
    if (Array.isArray(resolved.enum)) return resolved.enum
    throw new Error(`not a literal type: ${JSON.stringify(resolved)}`)
  }

  /** The named schemas used, by name. */
  components(): Record<string, JsonSchema> {
    return Object.fromEntries([...this.output].sort(([a], [b]) => byCodePoint(a, b)))
  }
}

/** Not `localeCompare`: the order must not depend on the machine's locale. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const refName = (ref: string) => decodeURIComponent(ref.slice('#/definitions/'.length))

/** The package version, for `info.version`. */
export const apiVersion = () => (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version
