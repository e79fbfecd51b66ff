import type { MessageDashboard, MessageDashboardQuery, SubDistrictId } from '@doorstep/shared'
import { shanghaiDate, shanghaiWeekStarts } from '@doorstep/shared'
import { NotFoundError } from '../core/http/errors'
import { aggregateDashboard, dashboardCsv } from './dashboard'
import type { MessageRepository } from './repository'
import type { StaffCaller } from './service'

/** The demand pool and dashboard routes (JSON and CSV). */
export class MessageDashboardService {
  constructor(private readonly messages: Pick<MessageRepository, 'submittedInWeek'>) {}

  /**
   * The demand pool and dashboard over the messages submitted in the last `weeks` ISO weeks, in the caller's
   * scope: sub-district staff their own sub-district (another → 404), district staff all or the one named.
   */
  async dashboard(staff: StaffCaller, query: MessageDashboardQuery, now: Date): Promise<MessageDashboard> {
    const area = areaFor(staff, query.subDistrict)
    const weeks = shanghaiWeekStarts(now, query.weeks)
    const submitted = (await Promise.all(weeks.map((week) => this.messages.submittedInWeek(week)))).flat()
    return aggregateDashboard(area === 'all' ? submitted : submitted.filter((m) => m.subDistrict === area), weeks)
  }

  async dashboardCsv(staff: StaffCaller, query: MessageDashboardQuery, now: Date): Promise<{ filename: string; csv: string }> {
    const dashboard = await this.dashboard(staff, query, now)
    const scope = query.subDistrict ?? (staff.scope.kind === 'subDistrict' ? staff.scope.id : 'all')
    return { filename: `messages-${scope}-${shanghaiDate(now)}.csv`, csv: dashboardCsv(dashboard) }
  }
}

/** The dashboard's area for a caller: 'all' for the whole district. */
function areaFor(staff: StaffCaller, wanted: SubDistrictId | undefined): SubDistrictId | 'all' {
  if (staff.scope.kind === 'district') return wanted ?? 'all'
  if (staff.scope.kind === 'subDistrict' && (!wanted || wanted === staff.scope.id)) return staff.scope.id
  throw new NotFoundError('没有这个街道的留言数据')
}
