/**
 * The `functions:` of serverless.yml, generated: one Lambda function per route of the catalogue
 * (shared/src/api/endpoints.ts), its handler found where `defineRoute(endpoints.<name>, …)` is exported, its
 * HTTP event from method and path, and — for a limited route (writes, and reads that set `perIp`) — the permission its
 * rate limit needs.
 * What each function may read and write besides is declared by hand, per function, in infra/functions.yml
 * (scripts/infra/template.test.ts checks it); the scheduled jobs are declared there whole.
 * osls calls this while it resolves serverless.yml (`${file(./infra/functions.cjs)}`).
 */
const { readdirSync, readFileSync } = require('node:fs')
const { join, relative } = require('node:path')
const tsx = require('tsx/cjs/api')

const root = join(__dirname, '..')
const { endpoints } = tsx.require('../shared/src/api/endpoints.ts', __filename)

const WRITE_LIMITS = { Effect: 'Allow', Action: ['dynamodb:UpdateItem'], Resource: { 'Fn::GetAtt': ['RateLimitsTable', 'Arn'] } }
const ROUTE_EXPORT = /export const (\w+) = defineRoute\(endpoints\.(\w+)\b/g

/** endpoint name → `functions/src/<file>.<export>`, from the handler modules themselves. */
function handlersByEndpoint() {
  const found = {}
  const files = readdirSync(join(root, 'functions/src'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.test.ts'))
    .map((f) => join(f.parentPath, f.name))
  for (const file of files) {
    for (const [, exported, name] of readFileSync(file, 'utf8').matchAll(ROUTE_EXPORT)) {
      if (found[name]) throw new Error(`endpoints.${name} has two handlers: ${found[name]} and ${exported} in ${file}`)
      found[name] = `${relative(root, file).replace(/\.ts$/, '')}.${exported}`
    }
  }
  return found
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

const functions = async ({ resolveVariable }) => {
  const declared = await resolveVariable('file(./infra/functions.yml)')
  const handlers = handlersByEndpoint()
  const functions = {}
  for (const [name, endpoint] of Object.entries(endpoints)) {
    if (!handlers[name]) throw new Error(`endpoints.${name} has no handler: export one with defineRoute(endpoints.${name}, …)`)
    if (!declared[name]) throw new Error(`endpoints.${name} has no entry in infra/functions.yml: declare what it may read and write`)
    const { iamRoleStatements = [], ...settings } = declared[name]
    const limited = endpoint.method !== 'GET' ? endpoint.rateLimit !== false : endpoint.rateLimit?.perIp !== undefined
    functions[name] = {
      handler: handlers[name],
      events: [{ httpApi: `${endpoint.method} ${endpoint.path}` }],
      ...settings,
      iamRoleStatements:
        limited && !iamRoleStatements.some((s) => same(s, WRITE_LIMITS)) ? [...iamRoleStatements, WRITE_LIMITS] : iamRoleStatements,
    }
  }
  for (const [name, job] of Object.entries(declared)) {
    if (functions[name]) continue
    if (!job.handler) throw new Error(`infra/functions.yml: ${name} is neither a route of the catalogue nor a job with a handler`)
    functions[name] = job
  }
  for (const name of Object.keys(handlers)) {
    if (!endpoints[name]) throw new Error(`${handlers[name]} uses endpoints.${name}, which the catalogue does not have`)
  }
  return functions
}

module.exports = functions
// scripts/openapi imports the handler modules from the same map
module.exports.handlersByEndpoint = handlersByEndpoint
