import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import { audienceNames, categoryNames, chineseDate } from '../format'
import { InForceBadge } from './in-force-badge'
import './policies.scss'

interface PolicyDetailsProps {
  policy: PolicyDetail
  /** 到哪里办 and the share card, rendered by the page. */
  whereToApply: ReactNode
  share: ReactNode
}

/** Every field of a policy, in the order a resident reads it: what, how much, who, what to bring, how, where. */
export function PolicyDetails({ policy, whereToApply, share }: PolicyDetailsProps) {
  const { eligibility, howToApply } = policy
  return (
    <View className="policy-details">
      <Heading level={1}>{policy.title}</Heading>
      <View className="policy-card__tags">
        <InForceBadge inForce={policy.inForce} />
        {policy.sample && <SampleBadge />}
      </View>
      {!policy.inForce && policy.expiresOn && (
        <Text className="policy-details__expired" role="note">
          这条政策已于 {chineseDate(policy.expiresOn)} 失效，仅供查阅；请以现行政策为准。
        </Text>
      )}
      <Text className="policy-details__line">{policy.summary}</Text>

      <Section title="发文信息">
        <Line label="发文机关" value={policy.issuer} />
        <Line label="文号" value={policy.docNumber} />
        <Line label="发布日期" value={chineseDate(policy.publishedOn)} />
        <Line label="生效日期" value={chineseDate(policy.effectiveFrom)} />
        <Line label="失效日期" value={policy.expiresOn ? chineseDate(policy.expiresOn) : '长期有效'} />
        <Line label="类别" value={categoryNames(policy.categories)} />
        <Line label="适用对象" value={audienceNames(policy.audiences)} />
      </Section>

      <Section title="能享受什么">
        {policy.benefits.map((benefit) => (
          <Line key={benefit.item} label={benefit.item} value={benefit.amount} />
        ))}
      </Section>

      <Section title="申请条件">
        <Bullets items={eligibility.text} empty="没有特别条件" />
      </Section>

      <Section title="需要带的材料">
        <Bullets items={policy.materials} empty="不需要材料，带上身份证即可咨询" />
      </Section>

      <Section title="怎么办理">
        <Bullets items={howToApply.steps.map((step, i) => `${i + 1}. ${step}`)} empty="到服务站窗口咨询办理" />
      </Section>

      <Section title="到哪里办">{whereToApply}</Section>

      <Section title="咨询电话">
        <Text className="policy-details__line">{policy.contact}</Text>
      </Section>

      <Section title="分享">{share}</Section>

      <Text className="policy-details__verified">信息核实于 {chineseDate(policy.verifiedOn)}</Text>
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
  return (
    <Text className="policy-details__line">
      <Text className="policy-details__label">{label}：</Text>
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
