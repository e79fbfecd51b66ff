import type { Page, ServiceDetail, ServiceListQuery, ServiceProject, ServiceSession } from '@doorstep/shared'
import { NotFoundError } from '../core/http/errors'
import { shanghaiMinute } from '@doorstep/shared'
import { toServiceSession } from '../sessions/keys'
import type { SessionRepository } from '../sessions/repository'
import type { ServiceRepository } from './repository'

/** The catalogue, and the links of the graph: policy → services → (stations, via station.serviceIds) → sessions. */
export class ServiceCatalogService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly sessionStore: SessionRepository,
  ) {}

  async list({ category, policy }: ServiceListQuery): Promise<Page<ServiceProject>> {
    const services = await this.services.list(category)
    return { items: policy ? services.filter((s) => s.policyIds.includes(policy)) : services }
  }

  async get(id: string, now: Date): Promise<ServiceDetail> {
    const service = await this.requireService(id)
    const [policies, upcoming] = await Promise.all([
      this.services.policyLinks(service.policyIds),
      service.hasSessions ? this.upcoming(id, now) : Promise.resolve([]),
    ])
    const nextSession = upcoming.find((s) => s.signUpBy > shanghaiMinute(now))
    return { ...service, policies, ...(nextSession ? { nextSession } : {}) }
  }

  /** Sessions not yet started, soonest first (including those whose sign-up has closed: the app says so). */
  async sessions(id: string, now: Date): Promise<Page<ServiceSession>> {
    await this.requireService(id)
    return { items: await this.upcoming(id, now) }
  }

  private async upcoming(serviceId: string, now: Date): Promise<ServiceSession[]> {
    return (await this.sessionStore.ofService(serviceId, shanghaiMinute(now))).map(toServiceSession)
  }

  private async requireService(id: string): Promise<ServiceProject> {
    const service = await this.services.get(id)
    if (!service) throw new NotFoundError('没有找到这个服务项目')
    return service
  }
}
