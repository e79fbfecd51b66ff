import type { OpenApiDocument } from '../../functions/src/openapi/openapi-document'

/** Where `npm run openapi` writes, repo-relative (both are in .prettierignore: the generator's layout is theirs). */
export const OUTPUTS = {
  document: 'functions/src/openapi/openapi.json',
  reference: 'docs/api-reference.md',
} as const

export function fileTexts(document: OpenApiDocument, reference: string): Record<keyof typeof OUTPUTS, string> {
  return { document: `${JSON.stringify(document, null, 2)}\n`, reference }
}
