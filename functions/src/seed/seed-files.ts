import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MessageSample, Policy, ServiceProject, SessionSeries, Station, toFieldErrors } from '@doorstep/shared'
import * as v from 'valibot'

export interface SeedFiles {
  stations: Station[]
  services: ServiceProject[]
  policies: Policy[]
  sessions: SessionSeries[]
  messages: MessageSample[]
}

const FILES = {
  stations: { file: 'stations.json', schema: v.array(Station) },
  services: { file: 'services.json', schema: v.array(ServiceProject) },
  policies: { file: 'policies.json', schema: v.array(Policy) },
  sessions: { file: 'sessions.json', schema: v.array(SessionSeries) },
  messages: { file: 'messages.json', schema: v.array(MessageSample) },
} as const

/** Reads and validates the versioned sample data; a bad file stops the seed before anything is written. */
export async function loadSeedFiles(dir: string): Promise<SeedFiles> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([name, { file, schema }]) => {
      const json: unknown = JSON.parse(await readFile(join(dir, file), 'utf8'))
      const result = v.safeParse(schema, json)
      if (!result.success) {
        const problems = toFieldErrors(result.issues, file).slice(0, 10)
        throw new Error(`${file} does not match its schema:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
      }
      return [name, result.output] as const
    }),
  )
  return Object.fromEntries(entries) as unknown as SeedFiles
}
