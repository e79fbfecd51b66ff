import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { useStrings } from '@/shared/i18n'
import { serviceName } from '../service-names'
import { strings } from '../strings'
import './station-services.scss'

interface StationServicesProps {
  serviceIds: string[]
  onOpen: (serviceId: string) => void
}

/** The service projects offered here, each opening its own page (project names are content: Chinese). */
export function StationServices({ serviceIds, onOpen }: StationServicesProps) {
  const s = useStrings(strings)
  if (serviceIds.length === 0) return <Text className="station-services__none">{s.noServices}</Text>
  return (
    <View role="list" aria-label={s.sectionServices}>
      {serviceIds.map((id) => (
        <View role="listitem" key={id}>
          <ActionButton
            variant="plain"
            className="station-services__link"
            label={s.serviceLabel(serviceName(id))}
            onClick={() => onOpen(id)}
          >
            {serviceName(id)} ›
          </ActionButton>
        </View>
      ))}
    </View>
  )
}
