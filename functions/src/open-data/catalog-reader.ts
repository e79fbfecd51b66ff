import type { ServiceProject } from '@doorstep/shared'
import { shanghaiMinute } from '@doorstep/shared'
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { ServiceRepository } from '../services/repository'
import { toServiceSession } from '../sessions/keys'
import type { SessionRepository } from '../sessions/repository'
import { readAllStations } from '../stations/all-stations'
import type { HsdsCatalog } from './hsds'

/** What HSDS publishes: every station, every service, and the sessions still to come (catalog and enrollments tables). */
export class OpenCatalogReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly catalogTable: string,
    private readonly services: Pick<ServiceRepository, 'list'>,
    private readonly sessions: Pick<SessionRepository, 'ofService'>,
  ) {}

  async catalog(now: Date): Promise<HsdsCatalog> {
    const [stations, services]: [HsdsCatalog['stations'], ServiceProject[]] = await Promise.all([
      readAllStations(this.db, this.catalogTable),
      this.services.list(),
    ])
    const after = shanghaiMinute(now)
    const sessions = await Promise.all(services.map((service) => this.sessions.ofService(service.id, after)))
    return { stations, services, sessions: sessions.flat().map(toServiceSession), now }
  }
}
