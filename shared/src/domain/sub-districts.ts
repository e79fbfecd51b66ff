import { idsOf, nameIn } from './choices'

/** The 8 sub-districts (街道) of Gusu district. Ids are stable; names are what people read. */
export const SUB_DISTRICTS = [
  { id: 'pingjiang', name: '平江街道' },
  { id: 'canglang', name: '沧浪街道' },
  { id: 'shuangta', name: '双塔街道' },
  { id: 'jinchang', name: '金阊街道' },
  { id: 'huqiu', name: '虎丘街道' },
  { id: 'baiyangwan', name: '白洋湾街道' },
  { id: 'wumenqiao', name: '吴门桥街道' },
  { id: 'sujin', name: '苏锦街道' },
] as const

export const SUB_DISTRICT_IDS = idsOf(SUB_DISTRICTS)
export type SubDistrictId = (typeof SUB_DISTRICT_IDS)[number]

export function subDistrictName(id: SubDistrictId): string {
  return nameIn(SUB_DISTRICTS, id)
}
