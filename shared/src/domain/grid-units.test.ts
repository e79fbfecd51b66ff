import { describe, expect, it } from 'vitest'
import stations from '../../../data/seed/stations.json'
import { GRID_UNIT_COUNT, sampleGridUnits } from './grid-units'
import type { SubDistrictId } from './sub-districts'

const communities = (stations as Array<{ id: string; kind: string; subDistrict: SubDistrictId }>).filter(
  (s) => s.kind === 'community-station',
)

describe('sample grid units', () => {
  it('spreads the article’s 1,209 grid units over the 169 communities, seven or eight each, ids unique', () => {
    const units = sampleGridUnits(communities)
    expect(communities).toHaveLength(169)
    expect(units).toHaveLength(GRID_UNIT_COUNT)
    expect(new Set(units.map((u) => u.id)).size).toBe(GRID_UNIT_COUNT)
    const perCommunity = [...units.reduce((n, u) => n.set(u.stationId, (n.get(u.stationId) ?? 0) + 1), new Map<string, number>()).values()]
    expect(new Set(perCommunity)).toEqual(new Set([7, 8]))
    expect(units.every((u) => communities.some((c) => c.id === u.stationId && c.subDistrict === u.subDistrict))).toBe(true)
  })

  it('names each grid inside its community station', () => {
    const [first] = sampleGridUnits(communities)
    expect(first).toEqual({
      id: `${communities[0]!.id}-w01`,
      stationId: communities[0]!.id,
      subDistrict: communities[0]!.subDistrict,
      name: '第1网格',
    })
  })
})
