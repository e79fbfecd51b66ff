import { readFileSync } from 'node:fs'
import {
  BUNDLED_CALENDAR,
  MessageSample,
  ServiceProject,
  SessionSeries,
  shanghaiDate,
  Station,
  type ServiceSession,
} from '@doorstep/shared'
import * as v from 'valibot'
import type { MessageRecord } from '../src/messages/keys'
import type { HsdsCatalog } from '../src/open-data/hsds'
import { planSampleSessions } from '../src/seed/session-plan'

const seedFile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/seed/${name}`, import.meta.url), 'utf8'))

/** The seed, parsed as the seed job parses it: the open-data tests map the sample data the product ships with. */
export const seedStations = v.parse(v.array(Station), seedFile('stations.json'))
export const seedServices = v.parse(v.array(ServiceProject), seedFile('services.json'))
const seedSeries = v.parse(v.array(SessionSeries), seedFile('sessions.json'))
const seedMessages = v.parse(v.array(MessageSample), seedFile('messages.json'))

/** A Monday morning in Suzhou: every sample series has a session in the four weeks after it. */
export const CATALOG_NOW = new Date('2026-12-07T09:00:00+08:00')

/**
 * The sessions `npm start` would seed on CATALOG_NOW's day, with seats taken in a spread from empty to over-full
 * (a waitlist makes `confirmed` reach capacity, never pass it, but the mapping must not trust that).
 */
export function seedSessions(now: Date = CATALOG_NOW): ServiceSession[] {
  return planSampleSessions(seedSeries, shanghaiDate(now), BUNDLED_CALENDAR).map((planned, i) => {
    const service = seedServices.find((s) => s.id === planned.series.serviceId)!
    const station = seedStations.find((s) => s.id === planned.series.stationId)!
    return {
      id: planned.id,
      serviceId: service.id,
      serviceName: service.name,
      categoryId: service.categoryId,
      title: planned.series.title,
      startsAt: planned.startsAt,
      endsAt: planned.endsAt,
      signUpBy: planned.signUpBy,
      stationId: station.id,
      stationName: station.name,
      subDistrict: station.subDistrict,
      capacity: planned.series.capacity,
      confirmed: Math.min(planned.series.capacity + 2, (i * 7) % (planned.series.capacity + 3)),
      sample: true,
    }
  })
}

export function seedCatalog(now: Date = CATALOG_NOW): HsdsCatalog {
  return { stations: seedStations, services: seedServices, sessions: seedSessions(now), now }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The seed's sample messages as the message service stores them: public, answered the day after. */
export function seedMessageRecords(now: Date = CATALOG_NOW): MessageRecord[] {
  return seedMessages.map((sample, i) => {
    const submittedAt = new Date(now.getTime() - sample.daysAgo * DAY_MS)
    const answeredAt = new Date(submittedAt.getTime() + DAY_MS).toISOString()
    return {
      id: `msg-00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      trackingNo: `LY-${shanghaiDate(submittedAt).replaceAll('-', '')}-K7Q${i + 2}`,
      authorId: `sample-resident-${sample.id}`,
      category: sample.category,
      title: sample.title,
      content: sample.content,
      subDistrict: sample.subDistrict,
      public: true,
      anonymous: sample.anonymous,
      status: 'answered',
      submittedAt: submittedAt.toISOString(),
      answerDeadline: new Date(submittedAt.getTime() + 3 * DAY_MS).toISOString(),
      answer: { text: sample.answer, at: answeredAt, staffId: 'admin' },
      notes: [],
      audit: [
        { at: submittedAt.toISOString(), action: 'submit', status: 'pending', userId: `sample-resident-${sample.id}` },
        { at: answeredAt, action: 'reply', status: 'answered', staffId: 'admin' },
      ],
      meToo: i * 2,
    }
  })
}
