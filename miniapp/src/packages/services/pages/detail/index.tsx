import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useSession } from '@/features/auth/session-context'
import { fetchService, fetchSessions, fetchStationsOffering } from '@/features/services/api/services-api'
import { ServiceFacts, Section } from '@/features/services/components/service-facts'
import { SessionCard } from '@/features/services/components/session-card'
import { StationLinks } from '@/features/services/components/station-links'
import { useEnrollmentActions } from '@/features/services/hooks/use-enrollment-actions'
import { useMyEnrollments } from '@/features/services/hooks/use-my-enrollments'
import { useHttpClient } from '@/shared/api/http-client-context'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { LoadingView } from '@/shared/components/loading-view'
import { useResource } from '@/shared/hooks/use-resource'
import { ROUTES } from '@/shared/navigation/routes'

export default function ServiceDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const session = useSession()
  const residentId = session?.me.kind === 'user' ? session.me.userId : undefined
  const signedInResident = residentId !== undefined
  const client = useHttpClient()
  const service = useResource(id ? () => fetchService(client, id) : undefined, [client, id])
  const sessions = useResource(id ? () => fetchSessions(client, id) : undefined, [client, id])
  const stations = useResource(id ? () => fetchStationsOffering(client, id) : undefined, [client, id])
  const mine = useMyEnrollments(residentId)
  const actions = useEnrollmentActions(() => {
    sessions.reload()
    mine.reload()
  })
  const open = (url: string) => Taro.navigateTo({ url })
  const now = new Date()

  if (!id || (service.status === 'error' && service.error.isNotFound)) {
    return (
      <View className="page">
        <ErrorView title="没有找到这个服务项目" message="它可能已经调整，请返回服务列表查看。" />
      </View>
    )
  }
  return (
    <View className="page">
      {service.status === 'loading' && <LoadingView message="正在加载服务信息…" />}
      {service.status === 'error' && <ErrorView title="服务信息没有加载出来" message={service.error.detail ?? service.error.title} onRetry={service.reload} />}
      {service.status === 'ready' && (
        <>
          <ServiceFacts service={service.data} onOpenPolicy={(policyId) => open(ROUTES.policyDetail(policyId))} />
          {service.data.hasSessions && (
            <Section title="近期场次与报名">
              {sessions.status === 'loading' && <LoadingView message="正在加载场次…" />}
              {sessions.status === 'error' && <ErrorView title="场次没有加载出来" message={sessions.error.detail ?? sessions.error.title} onRetry={sessions.reload} />}
              {sessions.status === 'ready' && sessions.data.items.length === 0 && <EmptyView title="近期没有场次" message="新场次发布后会显示在这里。" />}
              {sessions.status === 'ready' &&
                sessions.data.items.map((s) => (
                  <SessionCard
                    key={s.id}
                    session={s}
                    now={now}
                    enrollment={mine.data?.items.find((e) => e.session.id === s.id && e.status !== 'cancelled')}
                    signedIn={signedInResident}
                    busy={actions.busy === s.id}
                    message={actions.messages[s.id]}
                    onSignUp={(chosen) => void actions.signUp(chosen.id)}
                    onSignIn={() => open(ROUTES.residentSignIn)}
                  />
                ))}
            </Section>
          )}
          <Section title="在哪里办">
            {stations.status === 'loading' && <LoadingView message="正在查找提供这项服务的站点…" />}
            {stations.status === 'error' && <ErrorView title="站点没有加载出来" message={stations.error.detail ?? stations.error.title} onRetry={stations.reload} />}
            {stations.status === 'ready' && (
              <StationLinks stations={stations.data.items} onOpen={(stationId) => open(ROUTES.stationDetail(stationId))} />
            )}
          </Section>
        </>
      )}
    </View>
  )
}
