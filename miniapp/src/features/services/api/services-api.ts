import { endpoints, pathTo } from '@doorstep/shared'
import type {
  CategoryId,
  Enrollment,
  EnrollmentClaimBody,
  Page,
  ServiceDetail,
  ServiceProject,
  ServiceSession,
  StationSummary,
} from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const fetchServices = (client: HttpClient, category?: CategoryId) =>
  client.get<Page<ServiceProject>>(pathTo(endpoints.servicesList), { category })

export const fetchService = (client: HttpClient, id: string) => client.get<ServiceDetail>(pathTo(endpoints.servicesGet, { id }))

export const fetchSessions = (client: HttpClient, serviceId: string) =>
  client.get<Page<ServiceSession>>(pathTo(endpoints.servicesSessions, { id: serviceId }))

/** Where a service is offered: the station list filtered by service (first page, nearest streets first). */
export const fetchStationsOffering = (client: HttpClient, serviceId: string) =>
  client.get<Page<StationSummary>>(pathTo(endpoints.stationsList), { service: serviceId, limit: 50 })

export const enroll = (client: HttpClient, sessionId: string) =>
  client.post<Enrollment>(pathTo(endpoints.enrollmentsCreate, { id: sessionId }), {})

export const cancelEnrollment = (client: HttpClient, enrollmentId: string) =>
  client.delete<Enrollment>(pathTo(endpoints.enrollmentsCancel, { id: enrollmentId }))

export const fetchMyEnrollments = (client: HttpClient) => client.get<Page<Enrollment>>(pathTo(endpoints.enrollmentsMine))

/** Takes a sign-up a grid worker or desk made for me into 我的报名, with the code I was given and my phone. */
export const claimEnrollment = (client: HttpClient, body: EnrollmentClaimBody) =>
  client.post<Enrollment>(pathTo(endpoints.enrollmentsClaim), body)
