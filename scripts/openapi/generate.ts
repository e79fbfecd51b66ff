/**
 * `npm run openapi`: writes the OpenAPI 3.1 document of every /v1 route (functions/src/openapi/openapi.json, served
 * at GET /v1/openapi.json) and its readable reference (docs/api-reference.md), then says what it covered.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../local-stack/paths'
import { generateOpenApi } from './document'
import { fileTexts, OUTPUTS } from './outputs'

const started = performance.now()
const { document, reference, stats } = await generateOpenApi()
const files = fileTexts(document, reference)
for (const [key, path] of Object.entries(OUTPUTS)) writeFileSync(join(repoRoot, path), files[key as keyof typeof OUTPUTS])
console.log(
  [
    `${stats.routes} routes, ${stats.schemas} named schemas → ${Object.values(OUTPUTS).join(', ')}`,
    `success bodies without a schema that says anything: ${stats.weak.length}${stats.weak.length ? ` (${stats.weak.join(', ')})` : ''}`,
    `success bodies with a value of any type somewhere inside: ${stats.openInside.length}${stats.openInside.length ? ` (${stats.openInside.join(', ')})` : ''}`,
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
  ].join('\n'),
)
