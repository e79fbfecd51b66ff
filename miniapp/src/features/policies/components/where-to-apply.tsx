import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { useStationsOffering } from '../hooks/use-stations-offering'
import { stationKindNames } from '../format'
import './policies.scss'

interface WhereToApplyProps {
  policy: PolicyDetail
  onOpenStation: (id: string) => void
  onOpenStationList: () => void
}

/** 到哪里办: online, the kinds of station, and for each service a few stations that offer it. */
export function WhereToApply({ policy, onOpenStation, onOpenStationList }: WhereToApplyProps) {
  const stations = useStationsOffering(policy.services.map((s) => s.id))
  const { online, stationKinds } = policy.howToApply
  return (
    <View className="where-to-apply">
      {online && <Text className="policy-details__line">网上办：{online}</Text>}
      {stationKinds.length > 0 && <Text className="policy-details__line">可到：{stationKindNames(stationKinds)}</Text>}
      {stations.status === 'loading' && policy.services.length > 0 && <Text className="policy-details__line">正在查找提供这项服务的站点…</Text>}
      {stations.status === 'error' && <Text className="policy-details__line">站点没有查到，可以点下面的按钮看全部站点。</Text>}
      {policy.services.map((service, i) => {
        const offering = stations.data?.[i] ?? []
        return (
          <View key={service.id} className="where-to-apply__service" role="group" aria-label={`提供“${service.name}”的站点`}>
            <Text className="where-to-apply__service-name">{service.name}</Text>
            {stations.status === 'ready' && offering.length === 0 && <Text className="policy-details__line">各服务站都可以咨询</Text>}
            {offering.map((station) => (
              <ActionButton key={station.id} variant="plain" className="where-to-apply__station" onClick={() => onOpenStation(station.id)}>
                <Text className="where-to-apply__station-name">{station.name} ›</Text>
                <Text className="policy-details__line">{station.address}</Text>
              </ActionButton>
            ))}
          </View>
        )
      })}
      <ActionButton variant="secondary" onClick={onOpenStationList}>
        查看全部服务站点
      </ActionButton>
    </View>
  )
}
