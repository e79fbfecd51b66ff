import type { AudienceId, CategoryId, StationKind, StaffRole, SubDistrictId, Weekday } from '@doorstep/shared'
import { AUDIENCES, SERVICE_CATEGORIES } from '@doorstep/shared/domain/categories'
import { AGE_BANDS, COMPANY_SIZES, MATCH_ROLES, type AgeBand, type CompanySize, type MatchRole } from '@doorstep/shared/domain/policy-match'
import { STAFF_ROLE_NAMES } from '@doorstep/shared/domain/roles'
import { STATION_KINDS } from '@doorstep/shared/domain/station-kinds'
import { SUB_DISTRICTS } from '@doorstep/shared/domain/sub-districts'
import { defineStrings } from './index'

/** Chinese names come from the shared domain lists (one source for app and API); English ones are ours. */
const zhName =
  <T extends string>(list: readonly { id: T; name: string }[]) =>
  (id: T) =>
    list.find((item) => item.id === id)?.name ?? id

const enName =
  <T extends string>(names: Record<T, string>) =>
  (id: T) =>
    names[id] ?? id

/** The district's fixed vocabulary (streets, station kinds, categories …), used by several features. */
export const names = defineStrings(
  {
    street: zhName<SubDistrictId>(SUB_DISTRICTS),
    stationKind: zhName<StationKind>(STATION_KINDS),
    category: zhName<CategoryId>(SERVICE_CATEGORIES),
    audience: zhName<AudienceId>(AUDIENCES),
    matchRole: zhName<MatchRole>(MATCH_ROLES),
    ageBand: zhName<AgeBand>(AGE_BANDS),
    companySize: zhName<CompanySize>(COMPANY_SIZES),
    staffRole: (role: StaffRole) => STAFF_ROLE_NAMES[role],
    weekday: enName<Weekday>({ mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' }),
    /** Joins names into one phrase: 、 in Chinese. */
    list: (items: readonly string[]) => items.join('、'),
    /** 850 米 / 1.2 公里: how far, the way people say it. */
    distance: (metres: number) =>
      metres < 1000 ? `${Math.max(10, Math.round(metres / 10) * 10)} 米` : `${(metres / 1000).toFixed(1)} 公里`,
  },
  {
    street: enName<SubDistrictId>({
      pingjiang: 'Pingjiang Subdistrict',
      canglang: 'Canglang Subdistrict',
      shuangta: 'Shuangta Subdistrict',
      jinchang: 'Jinchang Subdistrict',
      huqiu: 'Huqiu Subdistrict',
      baiyangwan: 'Baiyangwan Subdistrict',
      wumenqiao: 'Wumenqiao Subdistrict',
      sujin: 'Sujin Subdistrict',
    }),
    stationKind: enName<StationKind>({
      'district-hall': 'District service hall',
      'subdistrict-centre': 'Subdistrict service centre',
      'community-station': 'Community station',
      featured: 'Featured point',
    }),
    category: enName<CategoryId>({
      policy: 'Policy services',
      employment: 'Finding work',
      hiring: 'Support for employers',
      talent: 'Talent and skills',
      'social-security': 'Social security',
      mediation: 'Mediation and rights',
    }),
    audience: enName<AudienceId>({
      resident: 'Residents',
      graduate: 'University graduates',
      unemployed: 'Unemployed people',
      'flexible-worker': 'Flexible workers',
      retiree: 'Retirees',
      entrepreneur: 'Entrepreneurs',
      company: 'Employers',
      talent: 'Skilled professionals',
    }),
    matchRole: enName<MatchRole>({
      graduate: 'University graduate',
      unemployed: 'Unemployed or looking for work',
      entrepreneur: 'Starting or recently started a business',
      'flexible-worker': 'Flexible work (odd jobs, delivery …)',
      company: 'Employer (company)',
      retiree: 'Retired',
      talent: 'Professional or skilled worker',
      resident: 'Other resident',
    }),
    ageBand: enName<AgeBand>({
      '16-24': '16–24',
      '25-34': '25–34',
      '35-39': '35–39',
      '40-49': '40–49',
      '50-59': '50–59',
      '60+': '60 or older',
    }),
    companySize: enName<CompanySize>({
      '1-20': 'Fewer than 20 people',
      '21-50': '21–50 people',
      '51-100': '51–100 people',
      '101-300': '101–300 people',
      '300+': 'More than 300 people',
    }),
    staffRole: enName<StaffRole>({
      answerer: 'Message answerer',
      desk: 'Service desk / hiring steward',
      admin: 'District administrator',
      grid: 'Grid worker',
    }),
    weekday: enName<Weekday>({ mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' }),
    list: (items: readonly string[]) => items.join(', '),
    distance: (metres: number) => (metres < 1000 ? `${Math.max(10, Math.round(metres / 10) * 10)} m` : `${(metres / 1000).toFixed(1)} km`),
  },
)
