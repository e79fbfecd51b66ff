import { AGE_BANDS, audienceName, COMPANY_SIZES, type Policy, type PolicyMatch, type PolicyMatchBody } from '@doorstep/shared'
import { isInForce } from './in-force'
import { toSummary } from './summary'

/**
 * The in-force policies whose structured conditions fit the answers, each with why. An unanswered question does
 * not exclude anything; a condition it leaves open is listed as 请确认. Policies written for the asker's group
 * come before those open to every resident.
 */
export function matchPolicies(policies: readonly Policy[], answers: PolicyMatchBody, today: string): PolicyMatch[] {
  return policies
    .filter((policy) => isInForce(policy, today))
    .map((policy) => ({ policy, fit: fitOf(policy, answers) }))
    .filter((m): m is { policy: Policy; fit: Fit } => m.fit !== undefined)
    .sort(
      (a, b) =>
        Number(b.fit.forGroup) - Number(a.fit.forGroup) ||
        b.fit.reasons.length - a.fit.reasons.length ||
        a.policy.title.localeCompare(b.policy.title, 'zh'),
    )
    .map(({ policy, fit }) => ({ policy: toSummary(policy, today), reasons: fit.reasons }))
}

interface Fit {
  forGroup: boolean
  reasons: string[]
}

function fitOf(policy: Policy, answers: PolicyMatchBody): Fit | undefined {
  const conditions = policy.eligibility.conditions
  const audiences = conditions.audiences ?? policy.audiences
  const forGroup = audiences.includes(answers.who)
  const openToResidents = answers.who !== 'company' && audiences.includes('resident')
  if (!forGroup && !openToResidents) return undefined
  const reasons = [forGroup ? `适用于${audienceName(answers.who)}` : '面向全体居民']

  for (const check of [ageCheck, hukouCheck, companySizeCheck]) {
    const outcome = check(conditions, answers)
    if (outcome === false) return undefined
    if (outcome) reasons.push(outcome)
  }
  return { forGroup, reasons }
}

type Conditions = Policy['eligibility']['conditions']
/** A reason when the condition applies and fits, false when it rules the policy out, undefined when it does not apply. */
type Check = (conditions: Conditions, answers: PolicyMatchBody) => string | false | undefined

const ageCheck: Check = ({ ageMin, ageMax }, { ageBand }) => {
  if (ageMin === undefined && ageMax === undefined) return undefined
  const rule = ageMax === undefined ? `${ageMin} 岁以上` : ageMin === undefined ? `${ageMax} 岁以下` : `${ageMin}–${ageMax} 岁`
  const band = AGE_BANDS.find((b) => b.id === ageBand)
  if (!band) return `年龄要求 ${rule}（请确认）`
  const bandMax = 'max' in band ? band.max : Infinity
  const fits = (ageMax ?? Infinity) >= band.min && bandMax >= (ageMin ?? 0)
  return fits && `年龄要求 ${rule}，与您的年龄段相符`
}

const hukouCheck: Check = ({ suzhouHukou }, answers) => {
  if (!suzhouHukou) return undefined
  if (answers.suzhouHukou === undefined) return '需要苏州户籍（请确认）'
  return answers.suzhouHukou && '需要苏州户籍，您符合'
}

const companySizeCheck: Check = ({ companySizeMax }, { who, companySize }) => {
  if (companySizeMax === undefined || who !== 'company') return undefined
  const size = COMPANY_SIZES.find((s) => s.id === companySize)
  if (!size) return `限 ${companySizeMax} 人以下的企业（请确认）`
  return size.min <= companySizeMax && `限 ${companySizeMax} 人以下的企业，与您的规模相符`
}
