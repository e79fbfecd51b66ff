import { SUB_DISTRICT_IDS, type DemandFunnelRow, type SubDistrictId } from '@doorstep/shared'
import type { DemandRecord } from './keys'

const DAY_MS = 24 * 60 * 60 * 1000

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The moment a demand got its session or service: the step that scheduled it. */
const scheduledAt = (demand: DemandRecord) => demand.trail.find((step) => step.status === 'scheduled')?.at

function row(subDistrict: SubDistrictId | 'all', demands: readonly DemandRecord[]): DemandFunnelRow {
  const count = (status: DemandRecord['status']) => demands.filter((d) => d.status === status).length
  const days = demands.flatMap((d) => {
    const at = scheduledAt(d)
    return at ? [(Date.parse(at) - Date.parse(d.firstReportedAt)) / DAY_MS] : []
  })
  const medianDays = median(days)
  return {
    subDistrict,
    demands: demands.length,
    decided: demands.filter((d) => d.status !== 'assessing').length,
    // a scheduled demand was adopted first: the funnel counts it at each stage it passed
    adopted: count('adopted') + count('scheduled'),
    scheduled: count('scheduled'),
    declined: count('declined'),
    ...(medianDays !== undefined ? { medianDaysToResult: Math.round(medianDays * 10) / 10 } : {}),
  }
}

/** Demand → decision → session per sub-district present, in the district's order, then the whole as `all`. */
export function demandFunnel(demands: readonly DemandRecord[]): DemandFunnelRow[] {
  const rows = SUB_DISTRICT_IDS.flatMap((id) => {
    const of = demands.filter((d) => d.subDistrict === id)
    return of.length ? [row(id, of)] : []
  })
  return [...rows, row('all', demands)]
}
