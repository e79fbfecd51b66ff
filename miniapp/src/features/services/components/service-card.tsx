import { Text, View } from '@tarojs/components'
import type { ServiceProject } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import './services.scss'

export function ServiceCard({ service, onOpen }: { service: ServiceProject; onOpen: (id: string) => void }) {
  return (
    <ActionButton variant="plain" className="service-card" label={`${service.name}：${service.summary}`} onClick={() => onOpen(service.id)}>
      <View className="service-card__header">
        <Text className="service-card__name">{service.name}</Text>
        {service.hasSessions && <Text className="service-card__tag">可报名</Text>}
      </View>
      <Text className="service-card__summary">{service.summary}</Text>
      <Text className="service-card__more">查看详情 ›</Text>
    </ActionButton>
  )
}
