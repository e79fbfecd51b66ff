import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { Policy, Station } from '../shared/src/index.ts'
import { loadSeedFiles, validateSeed, type SeedFiles } from './validate-seed.ts'

/** The files as the app reads them (validateSeed below proves that shape). */
type Parsed = { communities: unknown[]; stations: Station[]; services: unknown[]; policies: Policy[] }
const files = loadSeedFiles()
const parsed = files as SeedFiles & Parsed
const clone = () => structuredClone(files) as SeedFiles & Parsed

describe('sample data (data/seed)', () => {
  it('matches the shared schemas and its own cross-references', () => {
    expect(validateSeed(files)).toEqual([])
  })

  it('has the district’s numbers: 169 communities, 178 basic points, 23 services, 60+ policies', () => {
    expect(parsed.communities).toHaveLength(169)
    expect(parsed.stations.filter((s) => s.kind !== 'featured')).toHaveLength(178)
    expect(parsed.stations.filter((s) => s.kind === 'featured').length).toBeGreaterThanOrEqual(3)
    expect(parsed.services).toHaveLength(23)
    expect(parsed.policies.length).toBeGreaterThanOrEqual(60)
  })

  it('catches a broken reference', () => {
    const broken = clone()
    broken.stations[0]!.serviceIds.push('svc-does-not-exist')
    expect(validateSeed(broken).join('\n')).toContain('svc-does-not-exist')
  })

  it('catches a record that breaks its schema', () => {
    const broken = clone()
    ;(broken.policies[0] as { title: string }).title = ''
    expect(validateSeed(broken).length).toBeGreaterThan(0)
  })

  it('keeps stations.json exactly as generate-stations.ts writes it', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'generate-stations.ts', '--check'], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    })
    expect(run.stdout + run.stderr).toContain('stations.json is up to date')
    expect(run.status).toBe(0)
  })
})
