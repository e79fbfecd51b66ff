import type { Policy } from '@doorstep/shared'

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same library. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACES = ['姑苏区', '平江街道', '沧浪街道', '双塔街道', '金阊街道', '虎丘街道', '吴门桥街道', '白洋湾街道', '苏锦街道']
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026']

/**
 * `count` policies shaped like the real library: each is a seed policy re-titled for a place and year, with
 * sentences and keywords borrowed from other seeds, and about one in six expired.
 */
export function generatePolicies(seeds: readonly Policy[], count: number, seed = 42): Policy[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const sentences = seeds.flatMap((p) => p.summary.split(/(?<=。)/).filter(Boolean))
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length]!
    const year = pick(YEARS)
    const expired = next() < 1 / 6
    return {
      ...base,
      id: `bench-${i}`,
      title: `${pick(PLACES)}${base.title}（${year}年版）`.slice(0, 80),
      summary: [base.summary.split('。')[0] + '。', pick(sentences), pick(sentences)].join('').slice(0, 400),
      keywords: [...base.keywords.slice(0, 3), ...pick(seeds).keywords.slice(0, 2)],
      publishedOn: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      effectiveFrom: `${year}-0${1 + Math.floor(next() * 9)}-2${Math.floor(next() * 8)}`,
      ...(expired ? { expiresOn: `${year === '2026' ? '2026' : '2025'}-10-31` } : { expiresOn: undefined }),
    }
  })
}
