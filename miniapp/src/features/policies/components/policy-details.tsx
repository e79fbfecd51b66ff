import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import { audienceNames, categoryNames } from '../format'
import { InForceBadge } from './in-force-badge'
import './policies.scss'
import { useDates } from '@/shared/format/date-time'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

interface PolicyDetailsProps {
  policy: PolicyDetail
  /** 到哪里办 and the share card, rendered by the page. */
  whereToApply: ReactNode
  share: ReactNode
}

/** Every field of a policy, in the order a resident reads it: what, how much, who, what to bring, how, where. */
export function PolicyDetails({ policy, whereToApply, share }: PolicyDetailsProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const dates = useDates()
  const { eligibility, howToApply } = policy
  return (
    <View className="policy-details">
      <View className="policy-card__tags">
        <InForceBadge inForce={policy.inForce} />
        {policy.sample && <SampleBadge />}
      </View>
      {!policy.inForce && policy.expiresOn && (
        <Text className="policy-details__expired" role="note">
          {s.expiredOn(dates.date(policy.expiresOn))}
        </Text>
      )}
      <Text className="policy-details__line">{policy.summary}</Text>

      <Section title={s.issuing}>
        <Line label={s.issuer} value={policy.issuer} />
        <Line label={s.docNumber} value={policy.docNumber} />
        <Line label={s.publishedOn} value={dates.date(policy.publishedOn)} />
        <Line label={s.effectiveFrom} value={dates.date(policy.effectiveFrom)} />
        <Line label={s.expiresOn} value={policy.expiresOn ? dates.date(policy.expiresOn) : s.noExpiry} />
        <Line label={s.categories} value={categoryNames(n, policy.categories)} />
        <Line label={s.audiences} value={audienceNames(n, policy.audiences)} />
      </Section>

      <Section title={s.benefits}>
        {policy.benefits.map((benefit) => (
          <Line key={benefit.item} label={benefit.item} value={benefit.amount} />
        ))}
      </Section>

      <Section title={s.eligibility}>
        <Bullets items={eligibility.text} empty={s.noConditions} />
      </Section>

      <Section title={s.materials}>
        <Bullets items={policy.materials} empty={s.noMaterials} />
      </Section>

      <Section title={s.howToApply}>
        <Bullets items={howToApply.steps.map((step, i) => `${i + 1}. ${step}`)} empty={s.applyAtStation} />
      </Section>

      <Section title={s.whereToApply}>{whereToApply}</Section>

      <Section title={s.contact}>
        <Text className="policy-details__line">{policy.contact}</Text>
      </Section>

      <Section title={s.share}>{share}</Section>

      <Text className="policy-details__verified">{s.verifiedOn(dates.date(policy.verifiedOn))}</Text>
    </View>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="policy-details__section">
      <Heading level={2}>{title}</Heading>
      {children}
    </View>
  )
}

function Line({ label, value }: { label: string; value: string }) {
  const s = useStrings(strings)
  return (
    <Text className="policy-details__line">
      <Text className="policy-details__label">{s.labelled(label)}</Text>
      {value}
    </Text>
  )
}

function Bullets({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <Text className="policy-details__line">{empty}</Text>
  return (
    <View role="list">
      {items.map((item) => (
        <Text role="listitem" key={item} className="policy-details__line">
          {item}
        </Text>
      ))}
    </View>
  )
}
