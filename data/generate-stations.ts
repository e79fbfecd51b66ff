/**
 * Builds data/seed/stations.json (示例数据) from communities.json, services.json and featured-points.json:
 * 1 district hall + 8 sub-district centres + 169 community stations ("1+8+169" = 178 basic points),
 * followed by the featured points copied in unchanged.
 *
 * Deterministic: a seeded PRNG (mulberry32), no Date.now / Math.random. Run: npx tsx data/generate-stations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SUB_DISTRICTS, type Station, type SubDistrictId } from '../shared/src/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const seedDir = join(here, 'seed')

interface Community {
  id: string
  name: string
  subDistrict: SubDistrictId
  road: string
}
type Hours = Station['hours']
type Interval = [string, string]

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = mulberry32(20231225)
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1))
/** k distinct items, kept in the original order. */
function sample<T>(xs: readonly T[], k: number): T[] {
  const idx = xs.map((_, i) => i)
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[idx[i], idx[j]] = [idx[j]!, idx[i]!]
  }
  return idx
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((i) => xs[i]!)
}

/** Approximate GCJ-02 centre of each sub-district. */
const CENTRES: Record<SubDistrictId, { lat: number; lng: number }> = {
  pingjiang: { lat: 31.318, lng: 120.63 },
  canglang: { lat: 31.296, lng: 120.612 },
  shuangta: { lat: 31.3, lng: 120.636 },
  jinchang: { lat: 31.318, lng: 120.598 },
  huqiu: { lat: 31.335, lng: 120.578 },
  baiyangwan: { lat: 31.342, lng: 120.6 },
  wumenqiao: { lat: 31.284, lng: 120.618 },
  sujin: { lat: 31.334, lng: 120.626 },
}
const BOUNDS = { latMin: 31.276, latMax: 31.349, lngMin: 120.561, lngMax: 120.659 }

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))
const round = (x: number) => Math.round(x * 10000) / 10000
function jitter(sd: SubDistrictId, spreadLat: number, spreadLng: number) {
  const c = CENTRES[sd]
  // sum of two uniforms: denser near the centre, like real stations.
  const dLat = (rand() + rand() - 1) * spreadLat
  const dLng = (rand() + rand() - 1) * spreadLng
  return {
    lat: round(clamp(c.lat + dLat, BOUNDS.latMin, BOUNDS.latMax)),
    lng: round(clamp(c.lng + dLng, BOUNDS.lngMin, BOUNDS.lngMax)),
  }
}

const usedPhones = new Set<string>()
function phone(): string {
  for (;;) {
    const p = `0512-6${int(5000000, 8999999)}`
    if (!usedPhones.has(p)) {
      usedPhones.add(p)
      return p
    }
  }
}

function weekly(weekday: Interval[], sat: Interval[] = [], sun: Interval[] = []): Hours {
  return { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat, sun }
}

function verifiedOn(): string {
  return `2026-10-${String(int(8, 31)).padStart(2, '0')}`
}

const read = <T>(name: string): T => JSON.parse(readFileSync(join(seedDir, name), 'utf8')) as T
const communities = read<Community[]>('communities.json')
const services = read<{ id: string }[]>('services.json')
const featured = read<Station[]>('featured-points.json')
const allServiceIds = services.map((s) => s.id)
const has = (id: string) => allServiceIds.includes(id)

/** Services every community station offers, then a pool to draw extras from (order = services.json order). */
const COMMUNITY_CORE = ['svc-policy-consult', 'svc-social-security-card'].filter(has)
const COMMUNITY_POOL = [
  'svc-policy-outreach',
  'svc-employment-assistance',
  'svc-jiuzhi-bangni',
  'svc-gig-station',
  'svc-hr-butler',
  'svc-training-fair',
  'svc-senior-school',
  'svc-skill-certification',
  'svc-flexible-insurance',
  'svc-retirement-certification',
  'svc-resident-pension',
  'svc-labour-relations-guidance',
  'svc-labour-dispute-mediation',
].filter(has)
/** Centres offer everything except what only specialised points do. */
const CENTRE_EXCLUDED = new Set(['svc-yuzhi-career-guidance', 'svc-company-onboarding', 'svc-talent-experience'])

const ordered = (ids: Iterable<string>) => {
  const set = new Set(ids)
  return allServiceIds.filter((id) => set.has(id))
}

const sdName = (id: SubDistrictId) => SUB_DISTRICTS.find((s) => s.id === id)!.name

/** The road most communities of a sub-district are on, for the centre's address. */
function mainRoad(sd: SubDistrictId): string {
  const counts = new Map<string, number>()
  for (const c of communities) if (c.subDistrict === sd) counts.set(c.road, (counts.get(c.road) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
}

const stations: Station[] = []

stations.push({
  id: 'st-district-hall',
  name: '姑苏区人社公共服务大厅',
  kind: 'district-hall',
  featuredTags: [],
  subDistrict: 'canglang',
  address: '苏州市姑苏区人民路1500号姑苏区政务服务中心二楼',
  location: { lat: 31.3012, lng: 120.6139 },
  phone: '0512-65101234',
  hours: weekly([['09:00', '17:00']], [['09:00', '12:00']]),
  serviceIds: [...allServiceIds],
  rolesOnSite: ['综合窗口工作人员', '社保经办员', '就业指导员', '劳动保障监察员', '劳动争议调解员', '人才服务专员'],
  accessibility: ['无障碍坡道', '无障碍卫生间', '电梯直达', '轮椅借用', '老花镜', '爱心专窗', '手语服务（需预约）'],
  verifiedOn: '2026-10-15',
  sample: true,
})
usedPhones.add('0512-65101234')

for (const { id: sd } of SUB_DISTRICTS) {
  stations.push({
    id: `st-centre-${sd}`,
    name: `${sdName(sd)}便民服务中心人社窗口`,
    kind: 'subdistrict-centre',
    featuredTags: [],
    subDistrict: sd,
    address: `苏州市姑苏区${mainRoad(sd)}${int(10, 400)}号`,
    location: jitter(sd, 0.003, 0.003),
    phone: phone(),
    hours: weekly([['09:00', '17:00']], [['09:00', '12:00']]),
    serviceIds: allServiceIds.filter((id) => !CENTRE_EXCLUDED.has(id)),
    rolesOnSite: ['人社专员', '社保经办员', '就业指导员', '劳动保障网格员'],
    accessibility: ['一楼办理', '无障碍坡道', '老花镜', '爱心座椅', ...(rand() < 0.5 ? ['无障碍卫生间'] : [])],
    verifiedOn: verifiedOn(),
    sample: true,
  })
}

const EXTRA_ROLES = ['自管小组长', '党员志愿者', '社工', '劳动保障网格员']
const ACCESS = ['无障碍坡道', '老花镜', '放大镜', '爱心座椅', '饮用水', '大字版办事指南', '行动不便可预约上门']

for (const c of communities) {
  const extras = sample(COMMUNITY_POOL, int(1, 6))
  const groundFloor = rand() < 0.8
  stations.push({
    id: `st-${c.id}`,
    name: `${c.name}人社服务站`,
    kind: 'community-station',
    featuredTags: [],
    subDistrict: c.subDistrict,
    community: c.name,
    address: `苏州市姑苏区${c.road}${int(1, 320)}号`,
    location: jitter(c.subDistrict, 0.011, 0.013),
    phone: phone(),
    hours: weekly(
      [
        ['09:00', '12:00'],
        ['13:30', '17:30'],
      ],
      rand() < 0.3 ? [['09:00', '12:00']] : [],
    ),
    serviceIds: ordered([...COMMUNITY_CORE, ...extras]),
    rolesOnSite: ['人社专员', '网格员（海棠先锋）', ...sample(EXTRA_ROLES, int(0, 2))],
    accessibility: [groundFloor ? '一楼办理' : '二楼办理（可电话请工作人员下楼服务）', ...sample(ACCESS, int(1, 3))],
    verifiedOn: verifiedOn(),
    sample: true,
  })
}

stations.push(...featured)

const output = JSON.stringify(stations, null, 2) + '\n'
const target = join(seedDir, 'stations.json')
if (process.argv.includes('--check')) {
  // CI guard: the committed file must be exactly what this generator writes.
  const same = readFileSync(target, 'utf8') === output
  console.log(
    same ? 'stations.json is up to date' : 'stations.json differs from the generator output: run npx tsx data/generate-stations.ts',
  )
  process.exit(same ? 0 : 1)
}
writeFileSync(target, output)
const basic = stations.filter((s) => s.kind !== 'featured').length
console.log(`wrote ${stations.length} stations (${basic} basic + ${stations.length - basic} featured) to data/seed/stations.json`)
