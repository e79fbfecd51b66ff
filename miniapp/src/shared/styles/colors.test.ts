import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ELDER_COLORS, NORMAL_COLORS, TOKEN_NAMES } from './colors'

const tokens = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '_tokens.scss'), 'utf8')

/** `'name': value,` inside the `$map: ( … );` block of _tokens.scss. */
function tokenMap(name: 'normal' | 'elder'): Record<string, string> {
  const block = tokens.match(new RegExp(`\\$${name}: \\(([\\s\\S]*?)\\n\\);`))?.[1] ?? ''
  return Object.fromEntries([...block.matchAll(/'([\w-]+)': ([^,\n]+),/g)].map((m) => [m[1]!, m[2]!.trim()]))
}

describe('colours handed to native components', () => {
  it('are the token colours of _tokens.scss, normal and elder', () => {
    const normal = tokenMap('normal')
    const elder = { ...normal, ...tokenMap('elder') }
    for (const [key, token] of Object.entries(TOKEN_NAMES)) {
      expect(NORMAL_COLORS[key as keyof typeof NORMAL_COLORS], token).toBe(normal[token])
      expect(ELDER_COLORS[key as keyof typeof ELDER_COLORS], token).toBe(elder[token])
    }
  })
})
