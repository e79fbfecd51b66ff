import { Text, View } from '@tarojs/components'
import type { CompanyDashboard, SubDistrictId } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { useResource } from '@/shared/hooks/use-resource'
import { useStrings } from '@/shared/i18n'
import { fetchCompanyDashboard } from '../api/companies-api'
import { strings } from '../strings'
import './companies.scss'

interface CompanyFiguresProps {
  /** District staff choose a sub-district; a desk's own scope applies without one. */
  subDistrict?: SubDistrictId
  weeks?: number
}

/**
 * 企业开办 on the staff dashboard: cases opened and completed per week (bars with their numbers as text), the
 * median time to complete, and registrations past their 30-day deadline. Loads its own figures.
 */
export function CompanyFigures({ subDistrict, weeks = 8 }: CompanyFiguresProps) {
  const t = useStrings(strings)
  const client = useHttpClient()
  const figures = useResource(() => fetchCompanyDashboard(client, { weeks, subDistrict }), [client, weeks, subDistrict])
  return (
    <View className="company-figures" role="region" aria-label={t.figuresTitle}>
      <Heading level={2}>{t.figuresTitle}</Heading>
      {figures.status === 'loading' && <LoadingView message={t.figuresLoading} />}
      {figures.status === 'error' && (
        <ErrorView title={t.figuresFailed} message={figures.error.detail ?? figures.error.title} onRetry={figures.reload} />
      )}
      {figures.status === 'ready' && <Figures data={figures.data} />}
    </View>
  )
}

function Figures({ data }: { data: CompanyDashboard }) {
  const t = useStrings(strings)
  const opened = data.perWeek.reduce((sum, w) => sum + w.opened, 0)
  if (opened === 0 && data.completedCount === 0 && data.overdueRegistrations === 0) {
    return <EmptyView title={t.figuresEmpty} message={t.figuresEmptyHelp(data.weeks.length)} />
  }
  const max = Math.max(1, ...data.perWeek.map((w) => Math.max(w.opened, w.completed)))
  const width = (n: number) => `${Math.round((n / max) * 100)}%`
  return (
    <View>
      <View className="company-figures__totals">
        <Figure label={t.medianLabel} value={data.medianCompleteMinutes === null ? t.noMedian : t.minutes(data.medianCompleteMinutes)} />
        <Figure label={t.completedLabel} value={t.cases(data.completedCount)} />
        <Figure label={t.overdueLabel} value={t.cases(data.overdueRegistrations)} alert={data.overdueRegistrations > 0} />
      </View>
      <Text className="case-section__title">{t.perWeekTitle(data.weeks.length)}</Text>
      <View className="company-figures__legend" aria-hidden="true">
        <Text className="company-figures__key company-figures__key--opened">{t.openedKey}</Text>
        <Text className="company-figures__key company-figures__key--completed">{t.completedKey}</Text>
      </View>
      <View role="list" aria-label={t.perWeekTitle(data.weeks.length)}>
        {data.perWeek.map((w) => (
          <View role="listitem" key={w.week} className="company-figures__week" aria-label={t.weekWords(w.week, w.opened, w.completed)}>
            <Text className="company-figures__week-label" aria-hidden="true">
              {t.weekOf(w.week)}
            </Text>
            <Bar kind="opened" width={width(w.opened)} value={w.opened} />
            <Bar kind="completed" width={width(w.completed)} value={w.completed} />
          </View>
        ))}
      </View>
    </View>
  )
}

function Bar({ kind, width, value }: { kind: 'opened' | 'completed'; width: string; value: number }) {
  return (
    <View className="company-figures__bar-row" aria-hidden="true">
      <View className="company-figures__bar-track">
        <View className={`company-figures__bar company-figures__bar--${kind}`} style={{ width }} />
      </View>
      <Text className="company-figures__bar-value">{value}</Text>
    </View>
  )
}

function Figure({ label, value, alert = false }: { label: string; value: string; alert?: boolean }) {
  return (
    <View className={`company-figures__figure${alert ? ' company-figures__figure--alert' : ''}`}>
      <Text className="company-figures__figure-value">{value}</Text>
      <Text className="company-figures__figure-label">{label}</Text>
    </View>
  )
}
