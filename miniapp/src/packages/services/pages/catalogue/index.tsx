import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { SERVICE_CATEGORIES } from '@doorstep/shared/domain/categories'
import { fetchServices } from '@/features/services/api/services-api'
import { ServiceCard } from '@/features/services/components/service-card'
import { strings } from '@/features/services/strings'
import { useHttpClient } from '@/shared/api/http-client-context'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyView } from '@/shared/components/empty-view'
import { ErrorView } from '@/shared/components/error-view'
import { Heading } from '@/shared/components/heading'
import { LoadingView } from '@/shared/components/loading-view'
import { Page } from '@/shared/components/page'
import { useStrings } from '@/shared/i18n'
import { names } from '@/shared/i18n/names'
import { useResource } from '@/shared/hooks/use-resource'
import { ROUTES } from '@/shared/navigation/routes'
import '@/features/services/components/services.scss'

/** The six categories and their service projects, in the district's order. */
export default function ServiceCataloguePage() {
  const s = useStrings(strings)
  const n = useStrings(names)
  const client = useHttpClient()
  const { status, data, error, reload } = useResource(() => fetchServices(client), [client])
  const open = (url: string) => Taro.navigateTo({ url })

  return (
    <Page title={s.catalogueTitle}>
      <ActionButton variant="secondary" onClick={() => open(ROUTES.myEnrollments)}>
        {s.myEnrollments}
      </ActionButton>
      {status === 'loading' && <LoadingView message={s.loadingCatalogue} />}
      {status === 'error' && <ErrorView title={s.catalogueFailed} error={error} onRetry={reload} />}
      {status === 'ready' && data.items.length === 0 && <EmptyView title={s.catalogueEmpty} />}
      {status === 'ready' &&
        SERVICE_CATEGORIES.map((category) => {
          const services = data.items.filter((service) => service.categoryId === category.id)
          if (services.length === 0) return null
          return (
            <View key={category.id} className="services-section" role="region" aria-label={n.category(category.id)}>
              <Heading level={2}>{n.category(category.id)}</Heading>
              {services.map((service) => (
                <ServiceCard key={service.id} service={service} onOpen={(id) => open(ROUTES.serviceDetail(id))} />
              ))}
            </View>
          )
        })}
    </Page>
  )
}
