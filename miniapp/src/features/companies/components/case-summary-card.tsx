import { Text, View } from '@tarojs/components'
import type { CompanySummary } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { isCompleted } from '../format'
import { strings } from '../strings'
import { DeadlineLine } from './case-timing'
import { ProgressBar } from './progress-bar'
import './companies.scss'

/** A case in a list (我的开办, the desk's list): tap to open its checklist. */
export function CaseSummaryCard({ company, onOpen }: { company: CompanySummary; onOpen: (id: string) => void }) {
  const t = useStrings(strings)
  const n = useStrings(names)
  const completed = isCompleted(company)
  const { done, total, percent } = company.progress
  return (
    <ActionButton variant="plain" className="case-card" onClick={() => onOpen(company.id)}>
      <View className="case-card__header">
        <Text className="case-card__name">{company.name}</Text>
        <Text className={`case-badge case-badge--${completed ? 'done' : 'open'}`}>{completed ? t.caseCompleted : t.caseActive}</Text>
      </View>
      <Text className="case-card__line">{t.creditCodeShort(company.creditCode)}</Text>
      <Text className="case-card__line">{n.street(company.subDistrict)}</Text>
      <ProgressBar done={done} total={total} percent={percent} decorative />
      <Text className="case-card__line">{t.progress(done, total, percent)}</Text>
      <DeadlineLine deadline={company.deadline} />
      <Text className="case-card__more">{t.openCase}</Text>
    </ActionButton>
  )
}
