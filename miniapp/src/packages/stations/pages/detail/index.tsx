import Taro from '@tarojs/taro'
import { StationDetails } from '@/features/stations/components/station-details'
import { useNow } from '@/shared/clock/clock-context'
import { useStation } from '@/features/stations/hooks/use-station'
import { openDirections } from '@/features/stations/location/directions'
import { strings } from '@/features/stations/strings'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { OfflineNotice } from '@/shared/components/offline-notice'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { useSharePage } from '@/shared/hooks/use-share-page'
import { usePageParams } from '@/shared/navigation/use-page-params'

export default function StationDetailPage() {
  const s = useStrings(strings)
  const params = usePageParams()
  const { status, data: station, error, reload, offline } = useStation(params.id)
  const now = useNow()
  useSharePage({ title: station?.name ?? s.detailTitle, path: ROUTES.stationDetail(params.id ?? '') })
  const call = (phoneNumber: string) => Taro.makePhoneCall({ phoneNumber })
  const openService = (id: string) => Taro.navigateTo({ url: ROUTES.serviceDetail(id) })

  return (
    <Page title={status === 'loading' ? undefined : (station?.name ?? s.detailTitle)} navigationTitle={s.detailTitle}>
      {status === 'loading' && <LoadingView message={s.loadingStation} />}
      {status === 'error' &&
        (error.isNotFound ? (
          <ErrorView title={s.notFound} message={s.notFoundHint} />
        ) : (
          <ErrorView title={s.stationFailed} error={error} onRetry={reload} />
        ))}
      {status === 'ready' && (
        <>
          {offline && <OfflineNotice />}
          <StationDetails station={station} now={now} onCall={call} onNavigate={openDirections} onOpenService={openService} />
        </>
      )}
    </Page>
  )
}
