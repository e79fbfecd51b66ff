import { BUNDLED_CALENDAR, type ServiceProject, type SessionSeries } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { seededStations } from '../../test/seed-data'
import { seedSessions } from './seed-sessions'
import { readFileSync } from 'node:fs'

const services: ServiceProject[] = JSON.parse(readFileSync(new URL('../../../data/seed/services.json', import.meta.url), 'utf8'))

/** A series of this test only (not sample data, so no other test counts its dates). */
const TOP_UP: SessionSeries = {
  series: `ses-top-up-${Date.now() % 100_000}`,
  serviceId: 'svc-talent-experience',
  title: '补充场次测试',
  stationId: 'fp-talent-station',
  capacity: 5,
  weekday: 'tue',
  everyWeeks: 1,
  weekOffset: 0,
  starts: '09:00',
  ends: '11:00',
  lastsDays: 1,
  signUpClosesDaysBefore: 1,
  signUpClosesAt: '17:00',
  sample: false,
}

describe('seedSessions', () => {
  it('writes the next four weeks once; seeding on a later day adds only the new dates', async () => {
    const db = createDocumentClient(process.env.DYNAMODB_ENDPOINT)
    const files = { sessions: [TOP_UP], services, stations: seededStations }
    const seed = (day: string) =>
      seedSessions(db, process.env.ENROLLMENTS_TABLE!, files, new Date(`${day}T10:00:00+08:00`), BUNDLED_CALENDAR)
    // Tuesdays after Wed 2031-01-01 within four weeks: 01-07, 01-14, 01-21, 01-28
    expect(await seed('2031-01-01')).toEqual({ written: 4, unchanged: 0 })
    expect(await seed('2031-01-01')).toEqual({ written: 0, unchanged: 4 })
    // a week later: 01-14 … 01-28 are there already, 02-04 is new
    expect(await seed('2031-01-08')).toEqual({ written: 1, unchanged: 3 })
  })
})
