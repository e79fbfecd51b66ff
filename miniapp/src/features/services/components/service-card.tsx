import { Text, View } from '@tarojs/components'
import type { ServiceProject } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import './services.scss'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

export function ServiceCard({ service, onOpen }: { service: ServiceProject; onOpen: (id: string) => void }) {
  const s = useStrings(strings)
  return (
    <ActionButton variant="plain" className="service-card" onClick={() => onOpen(service.id)}>
      <View className="service-card__header">
        <Text className="service-card__name">{service.name}</Text>
        {service.hasSessions && <Text className="service-card__tag">{s.canSignUp}</Text>}
      </View>
      <Text className="service-card__summary">{service.summary}</Text>
      <Text className="service-card__more">{s.more}</Text>
    </ActionButton>
  )
}
