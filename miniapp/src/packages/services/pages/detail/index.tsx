import Taro from '@tarojs/taro'
import { useSession } from '@/features/auth/session-context'
import { fetchService, fetchSessions, fetchStationsOffering } from '@/features/services/api/services-api'
import { ServiceFacts, Section } from '@/features/services/components/service-facts'
import { SessionCard } from '@/features/services/components/session-card'
import { StationLinks } from '@/features/services/components/station-links'
import { useEnrollmentActions } from '@/features/services/hooks/use-enrollment-actions'
import { useMyEnrollments } from '@/features/services/hooks/use-my-enrollments'
import { strings } from '@/features/services/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { useResource } from '@/shared/hooks/use-resource'
import { ROUTES } from '@/shared/navigation/routes'
import { useNow } from '@/shared/clock/clock-context'
import { useSharePage } from '@/shared/hooks/use-share-page'
import { usePageParams } from '@/shared/navigation/use-page-params'

export default function ServiceDetailPage() {
  const s = useStrings(strings)
  const params = usePageParams()
  const id = params.id ?? ''
  const session = useSession()
  const residentId = session?.me.kind === 'user' ? session.me.userId : undefined
  const signedInResident = residentId !== undefined
  const client = useHttpClient()
  const service = useResource(id ? () => fetchService(client, id) : undefined, [client, id])
  const sessions = useResource(id ? () => fetchSessions(client, id) : undefined, [client, id])
  const stations = useResource(id ? () => fetchStationsOffering(client, id) : undefined, [client, id])
  const mine = useMyEnrollments(residentId)
  useSharePage({ title: service.data?.name ?? s.detailTitle, path: ROUTES.serviceDetail(id) })
  const actions = useEnrollmentActions(() => {
    sessions.reload()
    mine.reload()
  })
  const open = (url: string) => Taro.navigateTo({ url })
  const now = useNow()

  if (!id || (service.status === 'error' && service.error.isNotFound)) {
    return (
      <Page title={s.detailTitle}>
        <ErrorView title={s.notFound} message={s.notFoundHint} />
      </Page>
    )
  }
  return (
    <Page title={service.status === 'loading' ? undefined : (service.data?.name ?? s.detailTitle)} navigationTitle={s.detailTitle}>
      {service.status === 'loading' && <LoadingView message={s.loadingService} />}
      {service.status === 'error' && <ErrorView title={s.serviceFailed} error={service.error} onRetry={service.reload} />}
      {service.status === 'ready' && (
        <>
          <ServiceFacts service={service.data} onOpenPolicy={(policyId) => open(ROUTES.policyDetail(policyId))} />
          {service.data.hasSessions && (
            <Section title={s.sessionsTitle}>
              {sessions.status === 'loading' && <LoadingView message={s.loadingSessions} skeleton={1} />}
              {sessions.status === 'error' && <ErrorView title={s.sessionsFailed} error={sessions.error} onRetry={sessions.reload} />}
              {sessions.status === 'ready' && sessions.data.items.length === 0 && (
                <EmptyView title={s.noSessions} message={s.noSessionsHint} />
              )}
              {sessions.status === 'ready' &&
                sessions.data.items.map((s) => (
                  <SessionCard
                    key={s.id}
                    session={s}
                    now={now}
                    enrollment={mine.data?.items.find((e) => e.session.id === s.id && e.status !== 'cancelled')}
                    signedIn={signedInResident}
                    busy={actions.isBusy(s.id)}
                    message={actions.messages[s.id]}
                    onSignUp={(chosen) => void actions.signUp(chosen.id)}
                    onSignIn={() => open(ROUTES.residentSignIn)}
                    onOpenMine={() => open(ROUTES.myEnrollments)}
                  />
                ))}
            </Section>
          )}
          <Section title={s.whereTitle}>
            {stations.status === 'loading' && <LoadingView message={s.findingStations} skeleton={1} />}
            {stations.status === 'error' && <ErrorView title={s.stationsFailed} error={stations.error} onRetry={stations.reload} />}
            {stations.status === 'ready' && (
              <StationLinks stations={stations.data.items} onOpen={(stationId) => open(ROUTES.stationDetail(stationId))} />
            )}
          </Section>
        </>
      )}
    </Page>
  )
}
