import { Text, View } from '@tarojs/components'
import type { FieldDemand } from '@doorstep/shared'
import { Card } from '@/shared/components/card'
import { EmptyView } from '@/shared/components/empty-view'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** The field demands a grid worker filed, newest first, each with what became of it. */
export function FieldDemandList({ items }: { items: FieldDemand[] }) {
  const t = useStrings(strings)
  const dates = useDates()
  if (items.length === 0) return <EmptyView title={t.noFieldDemands} />
  return (
    <View role="list">
      {items.map((f) => (
        <View role="listitem" key={f.id}>
          <Card title={f.topic} label={f.topic}>
            <Text className="demands__line">{`${t.households(f.households)} · ${dates.dateTime(f.filedAt)}`}</Text>
            <Text className="demands__line">{f.text}</Text>
            <Text className="demands__line">{f.outcome ? t.outcome(t.status(f.outcome.status)) : t.notGrouped}</Text>
            {f.outcome?.note && <Text className="demands__line">{f.outcome.note}</Text>}
            {f.outcome?.result && (
              <Text className="demands__line">
                {t.result(f.outcome.result.kind === 'session' ? f.outcome.result.title : f.outcome.result.name)}
              </Text>
            )}
          </Card>
        </View>
      ))}
    </View>
  )
}
