import { Text, View } from '@tarojs/components'
import type { PolicyHit, PolicySummary } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { SampleBadge } from '@/shared/components/sample-badge'
import { categoryNames } from '../format'
import { HighlightedText } from './highlighted-text'
import { InForceBadge } from './in-force-badge'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

interface PolicyCardProps {
  policy: PolicySummary & Partial<Pick<PolicyHit, 'highlights'>>
  onOpen: (id: string) => void
  /** Shown under the summary, e.g. why the matcher picked it. */
  children?: ReactNode
}

export function PolicyCard({ policy, onOpen, children }: PolicyCardProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const rangesOf = (field: 'title' | 'summary') => policy.highlights?.find((h) => h.field === field)?.ranges
  return (
    <ActionButton
      variant="plain"
      className={`policy-card${policy.inForce ? '' : ' policy-card--expired'}`}
      onClick={() => onOpen(policy.id)}
    >
      <HighlightedText className="policy-card__title" text={policy.title} ranges={rangesOf('title')} />
      <View className="policy-card__tags">
        <InForceBadge inForce={policy.inForce} />
        <Text className="policy-card__category">{categoryNames(n, policy.categories)}</Text>
        {policy.sample && <SampleBadge />}
      </View>
      <HighlightedText className="policy-card__summary" text={policy.summary} ranges={rangesOf('summary')} />
      <Text className="policy-card__issuer">
        {policy.issuer} · {policy.docNumber}
      </Text>
      {children}
      <Text className="policy-card__more">{s.more}</Text>
    </ActionButton>
  )
}
