import * as v from 'valibot'
import { CATEGORY_IDS } from '../domain/categories'
import { Id } from './common'
import type { ServiceProject } from './service'
import type { ServiceSession } from './service-session'

/** GET /v1/services: one category, or the services that deliver one policy (the graph read backwards). */
export const ServiceListQuery = v.strictObject({
  category: v.optional(v.picklist(CATEGORY_IDS, '未知的服务类别')),
  policy: v.optional(Id),
})
export type ServiceListQuery = v.InferOutput<typeof ServiceListQuery>

export const ServicePathParams = v.strictObject({ id: Id })

/** A policy a service delivers, enough to show and link it. */
export interface PolicyLink {
  id: string
  title: string
}

/** GET /v1/services/{id}: the project, its policies by title, and its next session open for sign-up. */
export type ServiceDetail = ServiceProject & {
  policies: PolicyLink[]
  nextSession?: ServiceSession
}
