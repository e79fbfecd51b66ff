import type { SubDistrictId } from './sub-districts'

/** The article: 1,209 grid units (网格) across Gusu's 169 communities carry the stations to every door. */
export const GRID_UNIT_COUNT = 1209

export interface GridUnit {
  /** `<community station id>-w<nn>`: the grid lives inside its community's station. */
  id: string
  stationId: string
  subDistrict: SubDistrictId
  /** 第 n 网格, as grid workers name it. */
  name: string
}

/**
 * Sample grid units (示例数据): the 1,209 spread over the communities in their order, seven or eight each, so a
 * grid worker's account can name a real grid of a real community station.
 */
export function sampleGridUnits(communities: ReadonlyArray<{ id: string; subDistrict: SubDistrictId }>): GridUnit[] {
  if (communities.length === 0) return []
  const base = Math.floor(GRID_UNIT_COUNT / communities.length)
  const extra = GRID_UNIT_COUNT % communities.length
  return communities.flatMap((community, i) =>
    Array.from({ length: base + (i < extra ? 1 : 0) }, (_, n) => ({
      id: `${community.id}-w${String(n + 1).padStart(2, '0')}`,
      stationId: community.id,
      subDistrict: community.subDistrict,
      name: `第${n + 1}网格`,
    })),
  )
}
