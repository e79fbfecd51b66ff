import { Text, View } from '@tarojs/components'
import type { ServiceDetail } from '@doorstep/shared'
import { AUDIENCES, categoryName } from '@doorstep/shared/domain/categories'
import type { ReactNode } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Heading } from '@/shared/components/heading'
import { SampleBadge } from '@/shared/components/sample-badge'
import './services.scss'

const CHANNEL_NAMES = { online: '线上办（小程序、网站）', station: '到服务站办' } as const

/** Who it is for, what you get, what to bring, how and how long, what it costs, and the policies behind it. */
export function ServiceFacts({ service, onOpenPolicy }: { service: ServiceDetail; onOpenPolicy: (id: string) => void }) {
  const audiences = service.audiences.map((id) => AUDIENCES.find((a) => a.id === id)?.name ?? id)
  return (
    <View>
      <Heading level={1}>{service.name}</Heading>
      <View className="service-card__header">
        <Text className="service-card__tag">{categoryName(service.categoryId)}</Text>
        {service.sample && <SampleBadge />}
      </View>
      <Text className="services-section__line">{service.summary}</Text>
      <Section title="适合谁">
        <Line>{audiences.join('、')}</Line>
      </Section>
      <Section title="能得到什么">
        {service.benefits.map((benefit) => (
          <Line key={benefit}>· {benefit}</Line>
        ))}
      </Section>
      <Section title="需要带的材料">
        {service.materials.length === 0 ? <Line>无需材料</Line> : service.materials.map((m) => <Line key={m}>· {m}</Line>)}
      </Section>
      <Section title="怎么办">
        <Line>{service.channels.map((c) => CHANNEL_NAMES[c]).join('；')}</Line>
        <Line>办理时间：{service.processingTime}</Line>
        <Line>费用：{service.fee}</Line>
      </Section>
      {service.policies.length > 0 && (
        <Section title="相关政策">
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
