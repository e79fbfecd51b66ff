import { createHash } from 'node:crypto'
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { ServiceProject, SessionSeed, Station } from '@doorstep/shared'
import { sessionKey, sessionsOfService } from '../enrollments/keys'

/**
 * Sample sessions into the enrollments table, idempotent like the catalog seed (a seedHash per record). An
 * update, not a put: a re-seed rewrites what the file describes but never the live seats and counters.
 */
export async function seedSessions(
  db: DynamoDBDocumentClient,
  table: string,
  files: { sessions: SessionSeed[]; services: ServiceProject[]; stations: Station[] },
): Promise<{ written: number; unchanged: number }> {
  const counts = { written: 0, unchanged: 0 }
  for (const seed of files.sessions) {
    const service = files.services.find((s) => s.id === seed.serviceId)
    const station = files.stations.find((s) => s.id === seed.stationId)
    if (!service?.hasSessions || !station?.serviceIds.includes(service.id)) {
      throw new Error(`sessions.json (${seed.id}): ${seed.serviceId} is not a session-based service offered at ${seed.stationId}`)
    }
    const described = {
      id: seed.id,
      serviceId: service.id,
      serviceName: service.name,
      categoryId: service.categoryId,
      title: seed.title,
      startsAt: seed.startsAt,
      endsAt: seed.endsAt,
      signUpBy: seed.signUpBy,
      capacity: seed.capacity,
      stationId: station.id,
      stationName: station.name,
      subDistrict: station.subDistrict,
      sample: seed.sample,
      gsi1pk: sessionsOfService(service.id),
      gsi1sk: `${seed.startsAt}#${seed.id}`,
      entity: 'session',
      seedHash: createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 16),
    }
    const names = Object.fromEntries(Object.keys(described).map((k) => [`#${k}`, k]))
    const values = Object.fromEntries(Object.entries(described).map(([k, value]) => [`:${k}`, value]))
    try {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: sessionKey(seed.id),
          UpdateExpression: `SET ${Object.keys(described).map((k) => `#${k} = :${k}`).join(', ')}, confirmed = if_not_exists(confirmed, :zero), seats = if_not_exists(seats, :nobody)`,
          ConditionExpression: 'attribute_not_exists(pk) OR #seedHash <> :seedHash',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':zero': 0, ':nobody': {} },
        }),
      )
      counts.written++
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error
      counts.unchanged++
    }
  }
  return counts
}
