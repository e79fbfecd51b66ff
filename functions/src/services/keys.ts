import { CATEGORY_IDS, type CategoryId, type ServiceProject } from '@doorstep/shared'
import { serviceKey } from '../catalog/keys'

/**
 * Service projects in the catalog table.
 *   get by id             pk = SERVICE#<id>, sk = SERVICE
 *   list one category     gsi1: gsi1pk = SERVICES#<categoryId>, gsi1sk = <id>
 *   list all by category  gsi2: gsi2pk = SERVICES, gsi2sk = <categoryRank>#<id>
 */
export const servicesOfCategory = (categoryId: CategoryId) => `SERVICES#${categoryId}`
export const ALL_SERVICES = 'SERVICES'

export function toServiceItem(service: ServiceProject) {
  return {
    ...service,
    ...serviceKey(service.id),
    gsi1pk: servicesOfCategory(service.categoryId),
    gsi1sk: service.id,
    gsi2pk: ALL_SERVICES,
    gsi2sk: `${CATEGORY_IDS.indexOf(service.categoryId)}#${service.id}`,
    entity: 'service' as const,
  }
}
