import { Text, View } from '@tarojs/components'
import type { MessageArea, MessageDashboard } from '@doorstep/shared'
import { MESSAGE_CATEGORIES } from '@doorstep/shared/domain/message-board'
import type { ReactNode } from 'react'
import { Heading } from '@/shared/components/heading'
import { useStrings } from '@/shared/i18n'
import { usePreferences } from '@/shared/preferences'
import { formatShortDay } from '../format'
import { strings } from '../strings'
import { BarList } from './bar-list'
import { StatusBadge } from './status-badge'
import './dashboard.scss'

/** One figure of the dashboard; `empty` says why there is nothing to draw instead of the children. */
function Panel({ title, empty, children }: { title: string; empty?: string | false; children?: ReactNode }) {
  return (
    <View className="dashboard-panel" role="region" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      {empty ? <Text className="dashboard-panel__empty">{empty}</Text> : children}
    </View>
  )
}

function sum<K extends string>(
  rows: MessageDashboard['byTopicWeek'],
  key: (row: MessageDashboard['byTopicWeek'][number]) => K,
): Map<K, number> {
  const totals = new Map<K, number>()
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + row.count)
  return totals
}

/** Counts by week, by category, by sub-district, and category × sub-district in words; then the other figures. */
export function DashboardPanels({ data }: { data: MessageDashboard }) {
  const s = useStrings(strings)
  const { lang } = usePreferences()
  const areaName = (area: MessageArea) => (area === 'district' ? s.noSubDistrict : s.subDistrictName(area))
  const rows = data.byTopicWeek
  const total = rows.reduce((n, row) => n + row.count, 0)
  const byWeek = sum(rows, (row) => row.week)
  const byCategory = sum(rows, (row) => row.category)
  const byArea = sum(rows, (row) => row.subDistrict)
  const count = (n: number) => s.countText(n)
  const { average } = data.satisfaction

  return (
    <View className="dashboard-grid">
      <Panel title={s.perWeek}>
        <Text className="dashboard-figure">{s.totalMessages(total)}</Text>
        <BarList
          title={s.perWeek}
          bars={data.weeks.map((week) => ({
            key: week,
            label: s.weekOf(formatShortDay(week, lang)),
            value: byWeek.get(week) ?? 0,
            valueText: count(byWeek.get(week) ?? 0),
          }))}
        />
      </Panel>
      <Panel title={s.perCategory} empty={total === 0 && s.noData}>
        <BarList
          title={s.perCategory}
          bars={MESSAGE_CATEGORIES.filter((c) => byCategory.has(c.id)).map((c) => ({
            key: c.id,
            label: s.categoryName(c.id),
            value: byCategory.get(c.id)!,
            valueText: count(byCategory.get(c.id)!),
          }))}
        />
        <View role="list" aria-label={s.categoryByArea}>
          {MESSAGE_CATEGORIES.filter((c) => byCategory.has(c.id)).map((c) => {
            const areas = sum(
              rows.filter((row) => row.category === c.id),
              (row) => row.subDistrict,
            )
            return (
              <View role="listitem" key={c.id} className="dashboard-list__item">
                <Text className="dashboard-list__detail">
                  {`${s.categoryName(c.id)}：${[...areas].map(([area, n]) => `${areaName(area)} ${count(n)}`).join(' · ')}`}
                </Text>
              </View>
            )
          })}
        </View>
      </Panel>
      <Panel title={s.perSubDistrict} empty={total === 0 && s.noData}>
        <BarList
          title={s.perSubDistrict}
          bars={[...byArea].map(([area, n]) => ({ key: area, label: areaName(area), value: n, valueText: count(n) }))}
        />
      </Panel>
      <Panel title={s.topMeToo} empty={data.topMeToo.length === 0 && s.noData}>
        <View role="list" aria-label={s.topMeToo}>
          {data.topMeToo.map((item) => (
            <View role="listitem" key={item.id} className="dashboard-list__item">
              <Text className="dashboard-list__title">{`${s.meTooPeople(item.meToo)} · ${item.title}`}</Text>
              <Text className="dashboard-list__detail">
                {[s.categoryName(item.category), item.subDistrict ? s.subDistrictName(item.subDistrict) : '', item.trackingNo]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <StatusBadge status={item.status} />
            </View>
          ))}
        </View>
      </Panel>
      <Panel title={s.firstAnswer} empty={data.firstAnswer.length === 0 && s.noData}>
        <BarList
          title={s.firstAnswer}
          bars={data.firstAnswer.map((row) => ({
            key: `${row.subDistrict}-${row.stationId ?? ''}`,
            label: row.stationId ? s.stationLabel(areaName(row.subDistrict), row.stationId) : areaName(row.subDistrict),
            value: row.medianHours,
            valueText: s.hoursText(Math.round(row.medianHours * 10) / 10, row.answered),
          }))}
        />
      </Panel>
      <Panel title={s.satisfaction} empty={average === null && s.noRatings}>
        {average !== null && (
          <>
            <Text className="dashboard-figure">{s.averageScore(average.toFixed(1), data.satisfaction.count)}</Text>
            <BarList
              title={s.satisfaction}
              max={5}
              bars={[{ key: 'average', label: s.averageLabel, value: average, valueText: `${average.toFixed(1)} / 5` }]}
            />
          </>
        )}
      </Panel>
      <Panel title={s.demandsHeading} empty={data.demands.length === 0 && s.noDemands}>
        <View role="list" aria-label={s.demandsHeading}>
          {data.demands.map((demand) => (
            <View role="listitem" key={demand.id} className="dashboard-list__item">
              <Text className="dashboard-list__title">{demand.title}</Text>
              <Text className="dashboard-list__detail">
                {[s.categoryName(demand.category), s.demandLine(demand.topic ?? '', demand.serviceId ?? ''), demand.trackingNo]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </View>
          ))}
        </View>
      </Panel>
    </View>
  )
}
