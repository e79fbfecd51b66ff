import { SUB_DISTRICTS, subDistrictDeskId, type SubDistrictId } from '@doorstep/shared'

/**
 * Who answers for what we publish: the district bureau, and the office of each sub-district. HSDS lists them as
 * organizations and GeoReport names them as the agency responsible, so both read the names from here.
 */
export interface Agency {
  /** `district`, or the sub-district's id: the same key the message queues use. */
  key: 'district' | SubDistrictId
  name: string
  alternateName: string
  description: string
  /** The station that is the agency's own office: where a message that names no station is placed. */
  officeStationId: string
}

export const DISTRICT_HALL_ID = 'st-district-hall'

export const DISTRICT_BUREAU: Agency = {
  key: 'district',
  name: '苏州市姑苏区人力资源和社会保障局',
  alternateName: '姑苏区人社局',
  description:
    '姑苏区人力资源和社会保障主管部门，统筹全区“家门口的人社服务站”（区级服务大厅、街道便民服务中心、社区服务站和特色点位）及其六大类服务。',
  officeStationId: DISTRICT_HALL_ID,
}

export const SUB_DISTRICT_OFFICES: readonly Agency[] = SUB_DISTRICTS.map(({ id, name }) => ({
  key: id,
  name: `姑苏区${name}办事处`,
  alternateName: name,
  description: `${name}辖区的人社服务：街道便民服务中心人社窗口和各社区人社服务站，并答复本街道的留言。`,
  officeStationId: subDistrictDeskId(id),
}))

/** The agency whose queue a message of `subDistrict` joins (the district's when it names none). */
export function agencyFor(subDistrict: SubDistrictId | undefined): Agency {
  return (subDistrict && SUB_DISTRICT_OFFICES.find((office) => office.key === subDistrict)) || DISTRICT_BUREAU
}
