import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { InForceBadge } from './in-force-badge'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** What a shared policy shows: title, whether it is in force, its main benefit and issuer; `children` is how to share. */
export function ShareCard({ policy, children }: { policy: PolicyDetail; children: ReactNode }) {
  const s = useStrings(strings)
  const [benefit] = policy.benefits
  return (
    <View className="share-card" role="group" aria-label={s.shareLabel}>
      <Text className="share-card__title">{policy.title}</Text>
      <InForceBadge inForce={policy.inForce} />
      <Text className="share-card__line">{benefit ? `${benefit.item}：${benefit.amount}` : policy.summary}</Text>
      <Text className="share-card__line">{policy.issuer}</Text>
      {children}
    </View>
  )
}
