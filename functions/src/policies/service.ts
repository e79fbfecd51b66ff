import { shanghaiDate, type Policy, type PolicyDetail, type PolicyMatchBody, type PolicyMatchResult } from '@doorstep/shared'
import { NotFoundError } from '../core/http/errors'
import { isInForce } from './in-force'
import { matchPolicies } from './match'
import type { PolicySetCache } from './policy-set-cache'
import type { PolicyRepository } from './repository'

export class PolicyService {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly library: PolicySetCache<Policy[]>,
  ) {}

  async get(id: string, now: Date): Promise<PolicyDetail> {
    const policy = await this.policies.get(id)
    if (!policy) throw new NotFoundError('没有找到这条政策')
    const names = await this.policies.serviceNames(policy.serviceIds)
    return {
      ...policy,
      inForce: isInForce(policy, shanghaiDate(now)),
      services: policy.serviceIds.flatMap((serviceId) => {
        const name = names.get(serviceId)
        return name ? [{ id: serviceId, name }] : []
      }),
    }
  }

  async match(answers: PolicyMatchBody, now: Date): Promise<PolicyMatchResult> {
    return { items: matchPolicies(await this.library.get(), answers, shanghaiDate(now)) }
  }
}
