import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { SERVICE_CATEGORIES } from '@doorstep/shared/domain/categories'
import { fetchServices } from '@/features/services/api/services-api'
import { ServiceCard } from '@/features/services/components/service-card'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { useResource } from '@/shared/hooks/use-resource'
import { ROUTES } from '@/shared/navigation/routes'

/** The six categories and their service projects, in the district's order. */
export default function ServiceCataloguePage() {
  const client = useHttpClient()
  const { status, data, error, reload } = useResource(() => fetchServices(client), [client])
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <View className="page">
      <Heading level={1}>服务一网了解</Heading>
      <ActionButton variant="secondary" onClick={() => open(ROUTES.myEnrollments)}>
        我的报名
      </ActionButton>
      {status === 'loading' && <LoadingView message="正在加载服务项目…" />}
      {status === 'error' && <ErrorView title="服务项目没有加载出来" message={error.detail ?? error.title} onRetry={reload} />}
      {status === 'ready' && data.items.length === 0 && <EmptyView title="暂时没有服务项目" />}
      {status === 'ready' &&
        SERVICE_CATEGORIES.map((category) => {
          const services = data.items.filter((s) => s.categoryId === category.id)
          if (services.length === 0) return null
          return (
            <View key={category.id} className="services-section" role="region" aria-label={category.name}>
              <Heading level={2}>{category.name}</Heading>
              {services.map((service) => (
                <ServiceCard key={service.id} service={service} onOpen={(id) => open(ROUTES.serviceDetail(id))} />
              ))}
            </View>
          )
        })}
    </View>
  )
}
