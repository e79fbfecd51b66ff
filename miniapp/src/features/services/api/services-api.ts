import type { CategoryId, Enrollment, Page, ServiceDetail, ServiceProject, ServiceSession, StationSummary } from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

export const fetchServices = (client: HttpClient, category?: CategoryId) =>
  client.get<Page<ServiceProject>>('/v1/services', { category })

export const fetchService = (client: HttpClient, id: string) => client.get<ServiceDetail>(`/v1/services/${encodeURIComponent(id)}`)

export const fetchSessions = (client: HttpClient, serviceId: string) =>
  client.get<Page<ServiceSession>>(`/v1/services/${encodeURIComponent(serviceId)}/sessions`)

/** Where a service is offered: the station list filtered by service (first page, nearest streets first). */
export const fetchStationsOffering = (client: HttpClient, serviceId: string) =>
  client.get<Page<StationSummary>>('/v1/stations', { service: serviceId, limit: 50 })

export const enroll = (client: HttpClient, sessionId: string) =>
  client.post<Enrollment>(`/v1/sessions/${encodeURIComponent(sessionId)}/enrollments`, {})

export const cancelEnrollment = (client: HttpClient, enrollmentId: string) =>
  client.delete<Enrollment>(`/v1/enrollments/${encodeURIComponent(enrollmentId)}`)

export const fetchMyEnrollments = (client: HttpClient) => client.get<Page<Enrollment>>('/v1/me/enrollments')
