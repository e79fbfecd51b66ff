import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SERVICE_NAMES, serviceName } from './service-names'

// A string, not new URL(): under jsdom the global URL is jsdom's, which fileURLToPath rejects.
const seedPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/seed/services.json')

describe('service names shown on a station', () => {
  it('match the service projects in the seed data, one for one', () => {
    const services: { id: string; name: string }[] = JSON.parse(readFileSync(seedPath, 'utf8'))
    expect(SERVICE_NAMES).toEqual(Object.fromEntries(services.map((s) => [s.id, s.name])))
  })

  it('fall back to the id for a project this build does not know', () => {
    expect(serviceName('svc-senior-school')).toBe('乐龄学堂')
    expect(serviceName('svc-new')).toBe('svc-new')
  })
})
