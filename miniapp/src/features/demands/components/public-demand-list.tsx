import { Text, View } from '@tarojs/components'
import type { PublicDemand } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { Card } from '@/shared/components/card'
import { EmptyView } from '@/shared/components/empty-view'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

/** 你提的需求，我们这样办了: each decided demand with its public trail and, when scheduled, a way to sign up. */
export function PublicDemandList({ items, onSignUp }: { items: PublicDemand[]; onSignUp: (serviceId: string) => void }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const dates = useDates()
  if (items.length === 0) return <EmptyView title={t.noPublic} />
  return (
    <View role="list">
      {items.map((d) => (
        <View role="listitem" key={d.id}>
          <Card title={`${d.topic} · ${t.status(d.status)}`} label={d.topic}>
            <Text className="demands__line">{`${n.street(d.subDistrict)} · ${t.reports(d.reports)} · ${t.firstReported(dates.dateTime(d.firstReportedAt))}`}</Text>
            <Text className="demands__line">{d.summary}</Text>
            {d.trail.map((step) => (
              <Text key={`${step.status}-${step.at}`} className="demands__line">
                {`${dates.dateTime(step.at)} ${t.status(step.status)}${step.note ? `：${step.note}` : ''}`}
              </Text>
            ))}
            {d.result && (
              <>
                <Text className="demands__line">{t.result(d.result.kind === 'session' ? d.result.title : d.result.name)}</Text>
                <ActionButton variant="secondary" onClick={() => onSignUp(d.result!.serviceId)}>
                  {t.signUpNow}
                </ActionButton>
              </>
            )}
          </Card>
        </View>
      ))}
    </View>
  )
}
