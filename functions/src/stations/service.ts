import type { Station, StationListQuery, StationSummary } from '@doorstep/shared'
import type { Page } from '@doorstep/shared'
import { NotFoundError } from '../core/http/errors'
import type { StationRepository } from './repository'

export class StationService {
  constructor(private readonly stations: StationRepository) {}

  async list(query: StationListQuery): Promise<Page<StationSummary>> {
    const page = await this.stations.list(query)
    return { items: page.items.map(toSummary), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }
  }

  async get(id: string): Promise<Station> {
    const station = await this.stations.get(id)
    if (!station) throw new NotFoundError('没有找到这个服务站')
    return station
  }
}

function toSummary(s: Station): StationSummary {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    featuredTags: s.featuredTags,
    subDistrict: s.subDistrict,
    ...(s.community ? { community: s.community } : {}),
    address: s.address,
    phone: s.phone,
    location: s.location,
    sample: s.sample,
  }
}
