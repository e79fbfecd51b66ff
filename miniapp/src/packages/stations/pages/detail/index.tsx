import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Station } from '@doorstep/shared'
import { StationDetails } from '@/features/stations/components/station-details'
import { useNow } from '@/features/stations/hooks/use-now'
import { useStation } from '@/features/stations/hooks/use-station'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { ROUTES } from '@/shared/navigation/routes'

export default function StationDetailPage() {
  const { params } = useRouter()
  const { status, data: station, error, reload } = useStation(params.id)
  const now = useNow()
  const call = (phoneNumber: string) => Taro.makePhoneCall({ phoneNumber })
  const navigate = ({ location, name, address }: Station) =>
    Taro.openLocation({ latitude: location.lat, longitude: location.lng, name, address, scale: 17 })
  const openService = (id: string) => Taro.navigateTo({ url: ROUTES.serviceDetail(id) })

  return (
    <View className="page">
      {status === 'loading' && <LoadingView message="正在加载站点信息…" />}
      {status === 'error' &&
        (error.isNotFound ? (
          <ErrorView title="没有找到这个服务站" message="它可能已经调整或撤销，请返回列表查看其他站点。" />
        ) : (
          <ErrorView title="站点信息没有加载出来" message={error.detail ?? error.title} onRetry={reload} />
        ))}
      {status === 'ready' && (
        <StationDetails station={station} now={now} onCall={call} onNavigate={navigate} onOpenService={openService} />
      )}
    </View>
  )
}
