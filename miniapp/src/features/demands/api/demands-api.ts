import { endpoints, pathTo } from '@doorstep/shared'
import type {
  CompanySummary,
  DemandCreate,
  DemandDecision,
  DemandResultBody,
  FieldDemand,
  FieldDemandSubmit,
  MessageDashboard,
  OnBehalfEnrollment,
  OnBehalfEnrollmentBody,
  PublicDemandList,
  Referral,
  ReferralOutcomeBody,
  ReferralSubmit,
  ServiceProject,
  ServiceSession,
  StaffDemand,
  StaffDemandList,
  StationSummary,
  SubDistrictId,
} from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

/** 走访需求: what a grid worker heard on a round, once per draft key. */
export const fileFieldDemand = (client: HttpClient, idempotencyKey: string, body: FieldDemandSubmit) =>
  client.post<FieldDemand>(pathTo(endpoints.demandsFieldFile), body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const fetchFieldDemands = (client: HttpClient, subDistrict?: SubDistrictId) =>
  client.get<{ items: FieldDemand[] }>(pathTo(endpoints.demandsFieldList), { subDistrict })

/** 代居民报名: a resident signed up by staff, once per draft key; the answer carries the code to claim it by. */
export const signUpOnBehalf = (client: HttpClient, idempotencyKey: string, sessionId: string, body: OnBehalfEnrollmentBody) =>
  client.post<OnBehalfEnrollment>(pathTo(endpoints.enrollmentsOnBehalf, { id: sessionId }), body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })

export const fetchServices = (client: HttpClient) => client.get<{ items: ServiceProject[] }>(pathTo(endpoints.servicesList))

export const fetchSessions = (client: HttpClient, serviceId: string) =>
  client.get<{ items: ServiceSession[] }>(pathTo(endpoints.servicesSessions, { id: serviceId }))

/** The demand pool: the caller's demands with the funnel; board messages staff tagged as demands come from the dashboard. */
export const fetchDemands = (client: HttpClient, subDistrict?: SubDistrictId) =>
  client.get<StaffDemandList>(pathTo(endpoints.demandsList), { subDistrict })

export const fetchTaggedMessages = (client: HttpClient, subDistrict?: SubDistrictId) =>
  client.get<MessageDashboard>(pathTo(endpoints.messagesDashboard), { weeks: 12, subDistrict })

export const createDemand = (client: HttpClient, body: DemandCreate) => client.post<StaffDemand>(pathTo(endpoints.demandsCreate), body)

export const decideDemand = (client: HttpClient, id: string, body: DemandDecision) =>
  client.post<StaffDemand>(pathTo(endpoints.demandsDecide, { id }), body)

export const answerDemand = (client: HttpClient, id: string, body: DemandResultBody) =>
  client.post<StaffDemand>(pathTo(endpoints.demandsAnswer, { id }), body)

/** 你提的需求，我们这样办了. */
export const fetchPublicDemands = (client: HttpClient) => client.get<PublicDemandList>(pathTo(endpoints.demandsPublic))

/** 我联系的企业: the companies the signed-in 用工管家 looks after. */
export const fetchStewardships = (client: HttpClient) => client.get<{ items: CompanySummary[] }>(pathTo(endpoints.companiesStewardList))

/** 转介: a resident sent to a station's specialists, once per draft key. */
export const fileReferral = (client: HttpClient, idempotencyKey: string, body: ReferralSubmit) =>
  client.post<Referral>(pathTo(endpoints.demandsReferralFile), body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const fetchReferrals = (client: HttpClient, subDistrict?: SubDistrictId) =>
  client.get<{ items: Referral[] }>(pathTo(endpoints.demandsReferralList), { subDistrict })

export const closeReferral = (client: HttpClient, id: string, body: ReferralOutcomeBody) =>
  client.post<Referral>(pathTo(endpoints.demandsReferralOutcome, { id }), body)

/** The stations of a sub-district, to refer a resident to one of them (chosen, never typed). */
export const fetchStationsOf = (client: HttpClient, street: SubDistrictId) =>
  client.get<{ items: StationSummary[] }>(pathTo(endpoints.stationsList), { street, limit: 50 })
