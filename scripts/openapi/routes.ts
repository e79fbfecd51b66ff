/**
 * The routes the OpenAPI document describes, read from the handlers themselves: each `defineRoute` handler carries
 * its catalogue entry and the schemas its edge validates with (`handler.route`). The handlers are found the way
 * serverless.yml finds them (infra/functions.cjs), so a route can no more be missing here than from the deploy.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { endpoints } from '@doorstep/shared'
import { TABLE_ENV } from '../../functions/src/core/db/tables'
import type { RouteDefinition } from '../../functions/src/core/http/route'
import { repoRoot } from '../local-stack/paths'

export interface DocumentedRoute extends RouteDefinition {
  name: string
  /** The feature folder of its handler (functions/src/<feature>/…): the operation's tag. */
  feature: string
  /** Repo-relative module without extension, and the export: `functions/src/auth/handler`, `weChat`. */
  module: string
  exportName: string
}

/** Only the API's own routes: open-data formats under other prefixes describe themselves. */
export const DOCUMENTED_PREFIX = '/v1/'

const { handlersByEndpoint } = createRequire(import.meta.url)(join(repoRoot, 'infra', 'functions.cjs')) as {
  handlersByEndpoint: () => Record<string, string>
}

/** In catalogue order, so the document reads like endpoints.ts. */
export async function documentedRoutes(): Promise<DocumentedRoute[]> {
  // importing a handler builds its wiring, which names its tables; nothing is called, so any name will do
  for (const variable of Object.values(TABLE_ENV)) process.env[variable] ??= 'openapi-generator'
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const handlers = handlersByEndpoint()
  const routes: DocumentedRoute[] = []
  for (const [name, endpoint] of Object.entries(endpoints)) {
    if (!endpoint.path.startsWith(DOCUMENTED_PREFIX)) continue
    const handler = handlers[name]
    if (!handler) throw new Error(`endpoints.${name} has no handler`)
    const dot = handler.lastIndexOf('.')
    const [module, exportName] = [handler.slice(0, dot), handler.slice(dot + 1)]
    const loaded = (await import(pathToFileURL(join(repoRoot, `${module}.ts`)).href)) as Record<string, { route?: RouteDefinition }>
    const route = loaded[exportName]?.route
    if (!route) throw new Error(`${handler} is not a defineRoute handler (it has no route definition)`)
    if (route.endpoint.name !== name) throw new Error(`${handler} is exported for endpoints.${name} but defines ${route.endpoint.name}`)
    routes.push({ ...route, name, feature: module.split('/')[2]!, module, exportName })
  }
  return routes
}
