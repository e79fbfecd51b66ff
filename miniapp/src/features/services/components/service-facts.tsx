import { Text, View } from '@tarojs/components'
import type { ServiceDetail } from '@doorstep/shared'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import './services.scss'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

/** Who it is for, what you get, what to bring, how and how long, what it costs, and the policies behind it. */
export function ServiceFacts({ service, onOpenPolicy }: { service: ServiceDetail; onOpenPolicy: (id: string) => void }) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const channelName = { online: s.channelOnline, station: s.channelStation }
  return (
    <View>
      <View className="service-card__header">
        <Text className="service-card__tag">{n.category(service.categoryId)}</Text>
        {service.sample && <SampleBadge />}
      </View>
      <Text className="services-section__line">{service.summary}</Text>
      <Section title={s.forWhom}>
        <Line>{n.list(service.audiences.map(n.audience))}</Line>
      </Section>
      <Section title={s.benefits}>
        {service.benefits.map((benefit) => (
          <Line key={benefit}>· {benefit}</Line>
        ))}
      </Section>
      <Section title={s.materials}>
        {service.materials.length === 0 ? <Line>{s.noMaterials}</Line> : service.materials.map((m) => <Line key={m}>· {m}</Line>)}
      </Section>
      <Section title={s.how}>
        <Line>{service.channels.map((c) => channelName[c]).join(s.channelSeparator)}</Line>
        <Line>{s.processingTime(service.processingTime)}</Line>
        <Line>{s.fee(service.fee)}</Line>
      </Section>
      {service.policies.length > 0 && (
        <Section title={s.relatedPolicies}>
          {service.policies.map((policy) => (
            <ActionButton key={policy.id} variant="plain" className="services-link" onClick={() => onOpenPolicy(policy.id)}>
              {policy.title}
            </ActionButton>
          ))}
        </Section>
      )}
    </View>
  )
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="services-section" role="region" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      {children}
    </View>
  )
}

const Line = ({ children }: { children: ReactNode }) => <Text className="services-section__line">{children}</Text>
