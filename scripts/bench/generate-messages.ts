import { MESSAGE_CATEGORY_IDS, SUB_DISTRICT_IDS, type PublicMessage } from '@doorstep/shared'
import { PLACES, random, TOPICS } from './generate-policies'

const OPENINGS = ['请问', '您好，', '想咨询一下', '我想问问', '麻烦问下', '', '家里老人想了解', '我们公司想问', '刚毕业，想问']
const ASKS = [
  '需要带什么材料',
  '在哪里办理',
  '多久能办好',
  '可以在网上办吗',
  '家门口的服务站能办吗',
  '有什么条件',
  '能不能代办',
  '怎么申请',
  '钱什么时候到账',
  '要交多少钱',
]
const CONTEXTS = [
  '上个月刚辞职',
  '孩子在外地读书',
  '户口不在本地',
  '老人行动不便',
  '刚开了一家小店',
  '公司在工业园区',
  '社保断缴了三个月',
  '之前在外地交过社保',
]
const ANSWERS = [
  '您好！请带本人身份证到就近服务站办理，工作人员会一对一指导。',
  '可通过“苏州人社”微信公众号线上申请，也可到家门口的服务站办理。',
  '符合条件的可申领，具体材料请见政策详情页，如有疑问可拨打 12333。',
  '已转相关科室，工作人员会在三个工作日内电话联系您。',
]

/**
 * `count` public messages as the board shows them (masked views): residents' questions built from the policy
 * topics and the words people use for them, about 90% answered. Deterministic for a seed.
 */
export function generatePublicMessages(count: number, seed = 7): PublicMessage[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const start = Date.UTC(2024, 0, 1)
  return Array.from({ length: count }, (_, i) => {
    const [topic, ...keywords] = pick(TOPICS)
    const word = keywords.length && next() < 0.6 ? pick(keywords) : topic
    const submittedAt = new Date(start + Math.floor((i / count) * 3 * 365 * 86400_000)).toISOString()
    const answered = next() < 0.9
    return {
      id: `msg-bench-${String(i).padStart(6, '0')}`,
      trackingNo: `LY-BENCH-${i}`,
      category: pick(MESSAGE_CATEGORY_IDS),
      title: `${word}${pick(ASKS)}？`,
      content: `${pick(OPENINGS)}${pick(CONTEXTS)}，住在${pick(PLACES)}附近，${word}${pick(ASKS)}，${pick(ASKS)}？`,
      subDistrict: pick(SUB_DISTRICT_IDS),
      status: answered ? 'answered' : 'pending',
      submittedAt,
      ...(answered ? { answer: { text: pick(ANSWERS), at: new Date(Date.parse(submittedAt) + 86400_000).toISOString() } } : {}),
      meToo: Math.floor(next() * 5),
      author: '居民',
    } satisfies PublicMessage
  })
}
