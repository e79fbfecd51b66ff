import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '@doorstep/shared'
import { ActionButton } from '@/shared/components/action-button'
import { useStationsOffering } from '../hooks/use-stations-offering'
import { stationKindNames } from '../format'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { strings } from '../strings'

interface WhereToApplyProps {
  policy: PolicyDetail
  onOpenStation: (id: string) => void
  onOpenStationList: () => void
}

/** 到哪里办: online, the kinds of station, and for each service a few stations that offer it. */
export function WhereToApply({ policy, onOpenStation, onOpenStationList }: WhereToApplyProps) {
  const s = useStrings(strings)
  const n = useStrings(names)
  const stations = useStationsOffering(policy.services.map((service) => service.id))
  const { online, stationKinds } = policy.howToApply
  return (
    <View className="where-to-apply">
      {online && <Text className="policy-details__line">{s.online(online)}</Text>}
      {stationKinds.length > 0 && <Text className="policy-details__line">{s.stationKinds(stationKindNames(n, stationKinds))}</Text>}
      {stations.status === 'loading' && policy.services.length > 0 && <Text className="policy-details__line">{s.findingStations}</Text>}
      {stations.status === 'error' && <Text className="policy-details__line">{s.stationsFailed}</Text>}
      {policy.services.map((service, i) => {
        const offering = stations.data?.[i] ?? []
        return (
          <View key={service.id} className="where-to-apply__service" role="group" aria-label={s.offeringLabel(service.name)}>
            <Text className="where-to-apply__service-name">{service.name}</Text>
            {stations.status === 'ready' && offering.length === 0 && <Text className="policy-details__line">{s.anyStation}</Text>}
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
        {s.allStations}
      </ActionButton>
    </View>
  )
}
