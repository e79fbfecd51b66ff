/**
 * The relevance set: what a resident typing each query must see first in the seeded library, written and
 * checked by hand before any engine was tuned. `among` are the policies that may fill the first `top` places
 * (in any order); a query with one right answer has `top: 1`. Chinese, pinyin (full, initials, a typo) and mixed.
 * Every engine `npm run bench:search` compares is held to it, and the product's by relevance-set.test.ts.
 */
export interface RelevanceCase {
  q: string
  top: number
  among: readonly string[]
}

const SOCIAL_INSURANCE = [
  'pol-ss-contribution-base',
  'pol-ss-transfer',
  'pol-company-onboarding',
  'pol-social-security-card',
  'pol-ss-card-replacement',
  'pol-anti-fraud-ss',
  'pol-flexible-worker-ss-subsidy',
  'pol-graduate-small-business-ss',
  'pol-difficulty-hire-ss-subsidy',
  'pol-flexible-worker-enrolment',
]
const UNEMPLOYMENT = [
  'pol-unemployment-benefit',
  'pol-unemployment-price-subsidy',
  'pol-unemployment-registration',
  'pol-job-stabilization-refund',
]
const PENSION = [
  'pol-personal-pension',
  'pol-pension-application',
  'pol-retirement-certification',
  'pol-resident-pension',
  'pol-flexible-worker-enrolment',
]
const HIRING_SUBSIDIES = [
  'pol-absorb-employment-subsidy',
  'pol-startup-job-creation',
  'pol-difficulty-hire-ss-subsidy',
  'pol-graduate-small-business-ss',
  'pol-graduate-internship',
  'pol-flexible-worker-ss-subsidy',
]

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // Chinese
  { q: '失业金', top: 3, among: UNEMPLOYMENT },
  { q: '失业保险金', top: 1, among: ['pol-unemployment-benefit'] },
  { q: '创业 贷款', top: 1, among: ['pol-startup-loan'] },
  { q: '创业担保贷款', top: 1, among: ['pol-startup-loan'] },
  { q: '社保卡', top: 3, among: ['pol-social-security-card', 'pol-ss-card-replacement', 'pol-anti-fraud-ss'] },
  { q: '社会保障卡', top: 2, among: ['pol-social-security-card', 'pol-ss-card-replacement'] },
  { q: '灵活就业', top: 3, among: ['pol-gig-market', 'pol-flexible-worker-ss-subsidy', 'pol-flexible-worker-enrolment'] },
  {
    q: '技能补贴',
    top: 2,
    among: ['pol-skill-upgrade-subsidy', 'pol-vocational-training-subsidy', 'pol-skill-level-certification'],
  },
  { q: '人才落户', top: 2, among: ['pol-talent-hukou', 'pol-graduate-hukou-collective'] },
  { q: '退休', top: 2, among: ['pol-pension-application', 'pol-retirement-certification'] },
  { q: '养老金', top: 3, among: PENSION },
  { q: '劳动仲裁', top: 1, among: ['pol-labour-dispute-arbitration'] },
  { q: '工伤认定', top: 2, among: ['pol-work-injury-recognition', 'pol-work-injury'] },
  { q: '企业 招人 补贴', top: 3, among: HIRING_SUBSIDIES },
  { q: '我失业了怎么领钱', top: 1, among: ['pol-unemployment-benefit'] },
  {
    q: '高校毕业生 就业',
    top: 3,
    among: [
      'pol-graduate-internship',
      'pol-graduate-job-seeking-subsidy',
      'pol-graduate-small-business-ss',
      'pol-graduate-hukou-collective',
    ],
  },
  // pinyin: in full, initials, a typo
  { q: 'shebao', top: 3, among: SOCIAL_INSURANCE },
  { q: 'sb', top: 2, among: SOCIAL_INSURANCE },
  { q: 'shebo', top: 3, among: SOCIAL_INSURANCE },
  { q: 'yanglao', top: 3, among: PENSION },
  { q: 'shiye', top: 3, among: UNEMPLOYMENT },
  { q: 'jiuye butie', top: 3, among: HIRING_SUBSIDIES },
  { q: 'gongshang', top: 2, among: ['pol-work-injury', 'pol-work-injury-recognition'] },
  // mixed
  { q: 'shebao 卡', top: 2, among: ['pol-ss-card-replacement', 'pol-social-security-card'] },
  { q: '失业 jin', top: 1, among: ['pol-unemployment-benefit'] },
  { q: 'chuangye 贷款', top: 1, among: ['pol-startup-loan'] },
]

/** The cases whose first `top` results are not all from `among`, with what came instead. */
export function relevanceFailures(search: (q: string) => readonly string[]): { q: string; got: string[] }[] {
  return RELEVANCE_SET.flatMap(({ q, top, among }) => {
    const got = search(q).slice(0, top)
    return got.length === top && got.every((id) => among.includes(id)) ? [] : [{ q, got: [...got] }]
  })
}
