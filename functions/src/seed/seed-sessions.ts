import { createHash } from 'node:crypto'
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { shanghaiDate, type HolidayCalendar, type ServiceProject, type SessionSeries, type Station } from '@doorstep/shared'
import { assignments } from '../core/db/assignments'
import { conditionHeld } from '../core/db/conditional'
import { sessionKey, sessionsOfService, sessionStartSortKey } from '../sessions/keys'
import { planSampleSessions } from './session-plan'

/**
 * Sample sessions into the enrollments table, dated from `now`: each series' occurrences in the next four weeks.
 * Idempotent like the catalog seed (a seedHash per record); seeding on a later day adds the dates that came into
 * the window and leaves the earlier ones as they are. An update, not a put: a re-seed rewrites what the file
 * describes but never the live seats and counters.
 */
export async function seedSessions(
  db: DynamoDBDocumentClient,
  table: string,
  files: { sessions: SessionSeries[]; services: ServiceProject[]; stations: Station[] },
  now: Date,
  calendar: HolidayCalendar,
): Promise<{ written: number; unchanged: number }> {
  const counts = { written: 0, unchanged: 0 }
  for (const planned of planSampleSessions(files.sessions, shanghaiDate(now), calendar)) {
    const { series: seed } = planned
    const service = files.services.find((s) => s.id === seed.serviceId)
    const station = files.stations.find((s) => s.id === seed.stationId)
    if (!service?.hasSessions || !station?.serviceIds.includes(service.id)) {
      throw new Error(`sessions.json (${seed.series}): ${seed.serviceId} is not a session-based service offered at ${seed.stationId}`)
    }
    const described = {
      id: planned.id,
      serviceId: service.id,
      serviceName: service.name,
      categoryId: service.categoryId,
      title: seed.title,
      startsAt: planned.startsAt,
      endsAt: planned.endsAt,
      signUpBy: planned.signUpBy,
      capacity: seed.capacity,
      stationId: station.id,
      stationName: station.name,
      subDistrict: station.subDistrict,
      sample: seed.sample,
      gsi1pk: sessionsOfService(service.id),
      gsi1sk: sessionStartSortKey(planned.startsAt, planned.id),
      entity: 'session',
      seedHash: createHash('sha256')
        .update(JSON.stringify({ seed, startsAt: planned.startsAt, endsAt: planned.endsAt, signUpBy: planned.signUpBy }))
        .digest('hex')
        .slice(0, 16),
    }
    const set = assignments(described)
    const written = await conditionHeld(
      db.send(
        new UpdateCommand({
          TableName: table,
          Key: sessionKey(planned.id),
          UpdateExpression: `SET ${set.expression}, confirmed = if_not_exists(confirmed, :zero), seats = if_not_exists(seats, :nobody)`,
          ConditionExpression: 'attribute_not_exists(pk) OR #seedHash <> :seedHash',
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: { ...set.values, ':zero': 0, ':nobody': {} },
        }),
      ),
    )
    counts[written ? 'written' : 'unchanged']++
  }
  return counts
}
