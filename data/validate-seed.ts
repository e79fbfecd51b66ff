/**
 * Validates the seed data (示例数据) in data/seed/: every record against the shared valibot schemas,
 * plus counts ("1+8+169") and referential integrity between communities, services, policies and stations.
 *
 * CLI: npx tsx data/validate-seed.ts   (prints counts; exits 1 if there is any problem)
 * Library: import { validateSeed, loadSeedFiles } from '../data/validate-seed.ts'
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as v from 'valibot'
import {
  CATEGORY_IDS,
  Id,
  Policy,
  ServiceProject,
  Station,
  SUB_DISTRICT_IDS,
  subDistrictDeskId,
  Text,
  type SubDistrictId,
} from '../shared/src/index.ts'

export const Community = v.strictObject({
  id: Id,
  name: Text(30),
  subDistrict: v.picklist(SUB_DISTRICT_IDS),
  road: Text(30),
})
export type Community = v.InferOutput<typeof Community>

/** Raw (unparsed) contents of the seed files. */
export interface SeedFiles {
  communities: unknown
  services: unknown
  policies: unknown
  featuredPoints: unknown
  stations: unknown
}

export const EXPECTED = {
  communities: 169,
  basicStations: 178,
  services: 23,
  minPolicies: 64,
  minServicesPerCategory: 2,
} as const

/** Gusu district, GCJ-02. */
export const GUSU_BOUNDS = { latMin: 31.275, latMax: 31.35, lngMin: 120.56, lngMax: 120.66 } as const

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'seed')

export function loadSeedFiles(dir: string = SEED_DIR): SeedFiles {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'))
  return {
    communities: read('communities.json'),
    services: read('services.json'),
    policies: read('policies.json'),
    featuredPoints: read('featured-points.json'),
    stations: read('stations.json'),
  }
}

/** Parses every record of one file; returns the ones that parsed and reports the rest. */
function parseAll<S extends v.GenericSchema>(file: string, raw: unknown, schema: S, problems: string[]): v.InferOutput<S>[] {
  if (!Array.isArray(raw)) {
    problems.push(`${file}: 须为 JSON 数组`)
    return []
  }
  const out: v.InferOutput<S>[] = []
  raw.forEach((item, i) => {
    const r = v.safeParse(schema, item)
    const label = `${file}[${i}]${typeof item?.id === 'string' ? ` (${item.id})` : ''}`
    if (r.success) out.push(r.output)
    else for (const issue of r.issues) problems.push(`${label} ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
  })
  return out
}

function checkUnique(file: string, values: string[], what: string, problems: string[]): void {
  const seen = new Set<string>()
  for (const x of values) {
    if (seen.has(x)) problems.push(`${file}: 重复的${what} ${x}`)
    seen.add(x)
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Returns a list of human-readable problems; empty means the seed data is consistent. */
export function validateSeed(files: SeedFiles): string[] {
  const problems: string[] = []
  const communities = parseAll('communities.json', files.communities, Community, problems)
  const services = parseAll('services.json', files.services, ServiceProject, problems)
  const policies = parseAll('policies.json', files.policies, Policy, problems)
  const featured = parseAll('featured-points.json', files.featuredPoints, Station, problems)
  const stations = parseAll('stations.json', files.stations, Station, problems)

  // ── unique ids / names
  checkUnique(
    'communities.json',
    communities.map((c) => c.id),
    '编号',
    problems,
  )
  checkUnique(
    'communities.json',
    communities.map((c) => c.name),
    '社区名称',
    problems,
  )
  checkUnique(
    'services.json',
    services.map((s) => s.id),
    '编号',
    problems,
  )
  checkUnique(
    'services.json',
    services.map((s) => s.name),
    '名称',
    problems,
  )
  checkUnique(
    'policies.json',
    policies.map((p) => p.id),
    '编号',
    problems,
  )
  checkUnique(
    'featured-points.json',
    featured.map((s) => s.id),
    '编号',
    problems,
  )
  checkUnique(
    'stations.json',
    stations.map((s) => s.id),
    '编号',
    problems,
  )

  // ── communities
  if (communities.length !== EXPECTED.communities)
    problems.push(`communities.json: 应有 ${EXPECTED.communities} 个社区，实际 ${communities.length}`)
  const perSd = countBySubDistrict(communities)
  for (const sd of SUB_DISTRICT_IDS) if (!perSd[sd]) problems.push(`communities.json: 街道 ${sd} 没有社区`)
  const sum = Object.values(perSd).reduce((a, b) => a + b, 0)
  if (sum !== communities.length) problems.push(`communities.json: 各街道社区数之和 ${sum} ≠ ${communities.length}`)
  for (const c of communities)
    if (!c.id.startsWith(`${c.subDistrict}-`)) problems.push(`communities.json (${c.id}): 编号须以街道编号 ${c.subDistrict}- 开头`)

  // ── services
  const serviceIds = new Set(services.map((s) => s.id))
  if (services.length !== EXPECTED.services) problems.push(`services.json: 应有 ${EXPECTED.services} 项服务，实际 ${services.length}`)
  for (const cat of CATEGORY_IDS) {
    const n = services.filter((s) => s.categoryId === cat).length
    if (n < EXPECTED.minServicesPerCategory)
      problems.push(`services.json: 类别 ${cat} 只有 ${n} 项服务（至少 ${EXPECTED.minServicesPerCategory}）`)
  }
  for (const s of services) {
    checkUnique(`services.json (${s.id}) policyIds`, s.policyIds, '政策', problems)
    for (const pid of s.policyIds) {
      const p = policies.find((x) => x.id === pid)
      if (!p) problems.push(`services.json (${s.id}): policyIds 引用了不存在的政策 ${pid}`)
      else if (!p.serviceIds.includes(s.id)) problems.push(`services.json (${s.id}): 政策 ${pid} 的 serviceIds 未反向包含本服务`)
    }
  }

  // ── policies
  if (policies.length < EXPECTED.minPolicies) problems.push(`policies.json: 至少 ${EXPECTED.minPolicies} 条政策，实际 ${policies.length}`)
  for (const p of policies) {
    checkUnique(`policies.json (${p.id}) serviceIds`, p.serviceIds, '服务', problems)
    for (const sid of p.serviceIds) {
      const s = services.find((x) => x.id === sid)
      if (!s) problems.push(`policies.json (${p.id}): serviceIds 引用了不存在的服务 ${sid}`)
      else if (!s.policyIds.includes(p.id)) problems.push(`policies.json (${p.id}): 服务 ${sid} 的 policyIds 未反向包含本政策`)
    }
    const c = p.eligibility.conditions
    if (c.ageMin !== undefined && c.ageMax !== undefined && c.ageMin > c.ageMax)
      problems.push(`policies.json (${p.id}): ageMin 大于 ageMax`)
  }

  // ── stations (featured-points.json + stations.json)
  const checkStation = (file: string, s: Station) => {
    for (const sid of s.serviceIds) if (!serviceIds.has(sid)) problems.push(`${file} (${s.id}): serviceIds 引用了不存在的服务 ${sid}`)
    checkUnique(`${file} (${s.id}) serviceIds`, s.serviceIds, '服务', problems)
    const { lat, lng } = s.location
    if (lat < GUSU_BOUNDS.latMin || lat > GUSU_BOUNDS.latMax || lng < GUSU_BOUNDS.lngMin || lng > GUSU_BOUNDS.lngMax)
      problems.push(`${file} (${s.id}): 坐标 ${lat},${lng} 不在姑苏区范围内`)
    if (s.kind === 'featured' && s.featuredTags.length === 0) problems.push(`${file} (${s.id}): 特色点位须有 featuredTags`)
    if (s.kind !== 'featured' && s.featuredTags.length > 0) problems.push(`${file} (${s.id}): 非特色点位的 featuredTags 须为空`)
    if ((s.kind === 'district-hall' || s.kind === 'subdistrict-centre') && s.community !== undefined)
      problems.push(`${file} (${s.id}): 区大厅和街道中心不应有 community`)
  }
  for (const s of featured) {
    checkStation('featured-points.json', s)
    if (s.kind !== 'featured') problems.push(`featured-points.json (${s.id}): kind 须为 featured`)
  }
  for (const s of stations) checkStation('stations.json', s)

  const basic = stations.filter((s) => s.kind !== 'featured')
  if (basic.length !== EXPECTED.basicStations)
    problems.push(`stations.json: 基础点位应有 ${EXPECTED.basicStations} 个（1+8+169），实际 ${basic.length}`)
  const halls = stations.filter((s) => s.kind === 'district-hall')
  if (halls.length !== 1) problems.push(`stations.json: 区级大厅应有 1 个，实际 ${halls.length}`)
  for (const h of halls)
    for (const sid of serviceIds)
      if (!h.serviceIds.includes(sid)) problems.push(`stations.json (${h.id}): 区级大厅应提供全部服务，缺 ${sid}`)
  for (const sd of SUB_DISTRICT_IDS) {
    const centres = stations.filter((s) => s.kind === 'subdistrict-centre' && s.subDistrict === sd)
    if (centres.length !== 1) problems.push(`stations.json: 街道 ${sd} 应有 1 个便民服务中心，实际 ${centres.length}`)
    // a company that chose its sub-district's steward (用工管家) is sent to this id
    else if (centres[0]!.id !== subDistrictDeskId(sd)) problems.push(`stations.json (${centres[0]!.id}): 编号应为 ${subDistrictDeskId(sd)}`)
  }
  const communityStations = stations.filter((s) => s.kind === 'community-station')
  if (communityStations.length !== communities.length)
    problems.push(`stations.json: 社区服务站应有 ${communities.length} 个，实际 ${communityStations.length}`)
  const stationById = new Map(stations.map((s) => [s.id, s]))
  for (const c of communities) {
    const s = stationById.get(`st-${c.id}`)
    if (!s) problems.push(`stations.json: 社区 ${c.id}（${c.name}）缺少服务站 st-${c.id}`)
    else {
      if (s.kind !== 'community-station') problems.push(`stations.json (${s.id}): kind 须为 community-station`)
      if (s.community !== c.name) problems.push(`stations.json (${s.id}): community 应为 ${c.name}`)
      if (s.subDistrict !== c.subDistrict) problems.push(`stations.json (${s.id}): subDistrict 应为 ${c.subDistrict}`)
      if (s.serviceIds.length < 3 || s.serviceIds.length > 8) problems.push(`stations.json (${s.id}): 社区站应提供 3–8 项服务`)
    }
  }
  const communityNames = new Set(communities.map((c) => c.name))
  for (const s of [...communityStations, ...featured])
    if (s.community !== undefined && !communityNames.has(s.community))
      problems.push(`(${s.id}): community ${s.community} 不在 communities.json 中`)

  const featuredInStations = stations.filter((s) => s.kind === 'featured')
  if (featuredInStations.length !== featured.length)
    problems.push(`stations.json: 特色点位应有 ${featured.length} 个（同 featured-points.json），实际 ${featuredInStations.length}`)
  for (const f of featured) {
    const s = stationById.get(f.id)
    if (!s) problems.push(`stations.json: 缺少特色点位 ${f.id}，请重新运行 generate-stations.ts`)
    else if (!sameJson(s, f)) problems.push(`stations.json (${f.id}): 与 featured-points.json 不一致，请重新运行 generate-stations.ts`)
  }

  return problems
}

export function countBySubDistrict(communities: readonly { subDistrict: SubDistrictId }[]): Record<SubDistrictId, number> {
  const out = Object.fromEntries(SUB_DISTRICT_IDS.map((sd) => [sd, 0])) as Record<SubDistrictId, number>
  for (const c of communities) out[c.subDistrict] = (out[c.subDistrict] ?? 0) + 1
  return out
}

function main(): void {
  let files: SeedFiles
  try {
    files = loadSeedFiles()
  } catch (err) {
    console.error(`无法读取种子文件：${(err as Error).message}`)
    process.exit(1)
  }
  const problems = validateSeed(files)
  const len = (x: unknown) => (Array.isArray(x) ? x.length : 0)
  const stations = Array.isArray(files.stations) ? (files.stations as { kind?: string }[]) : []
  const kinds = new Map<string, number>()
  for (const s of stations) kinds.set(String(s.kind), (kinds.get(String(s.kind)) ?? 0) + 1)
  const policies = Array.isArray(files.policies) ? (files.policies as { expiresOn?: string }[]) : []
  const today = '2026-11-25'
  console.log(`communities:     ${len(files.communities)}`)
  if (Array.isArray(files.communities))
    console.log(
      '  per sub-district: ' +
        Object.entries(countBySubDistrict(files.communities as { subDistrict: SubDistrictId }[]))
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
    )
  console.log(`services:        ${len(files.services)}`)
  console.log(
    `policies:        ${len(policies)} (expired before ${today}: ${policies.filter((p) => p.expiresOn && p.expiresOn < today).length})`,
  )
  console.log(`featured points: ${len(files.featuredPoints)}`)
  console.log(`stations:        ${stations.length} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`)
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):`)
    for (const p of problems) console.error(`  - ${p}`)
    process.exit(1)
  }
  console.log('\n0 problems')
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (invokedDirectly) main()
