import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/components/action-button'
import { serviceName } from '../service-names'
import './station-services.scss'

interface StationServicesProps {
  serviceIds: string[]
  onOpen: (serviceId: string) => void
}

/** The service projects offered here, each opening its own page. */
export function StationServices({ serviceIds, onOpen }: StationServicesProps) {
  if (serviceIds.length === 0) return <Text className="station-details__line station-details__line--secondary">暂无服务信息</Text>
  return (
    <View role="list" aria-label="提供的服务">
      {serviceIds.map((id) => (
        <View role="listitem" key={id}>
          <ActionButton variant="plain" className="station-services__link" label={`查看服务：${serviceName(id)}`} onClick={() => onOpen(id)}>
            {serviceName(id)} ›
          </ActionButton>
        </View>
      ))}
    </View>
  )
}
