import { shanghaiDate, type Policy, type PolicyCreateBody, type PolicyUpdateBody } from '@doorstep/shared'
import { ConflictError, NotFoundError } from '../core/http/errors'
import type { PolicyRepository } from './repository'
import { withSearchPinyin } from './search/pinyin-readings'

/**
 * Staff edits: one conditional put per write (no partial writes), then the set's version moves so every warm
 * search index rebuilds. The item carries the pinyin search reads (`SearchablePolicy`), worked out here, on write.
 * `verifiedOn` is the day of the edit; an edited policy is no longer sample data.
 */
export class PolicyAdminService {
  constructor(private readonly policies: PolicyRepository) {}

  async create(body: PolicyCreateBody, now: Date): Promise<Policy> {
    const policy = stamp(body, now)
    if ((await this.policies.create(withSearchPinyin(policy))) === 'conflict') {
      throw new ConflictError('这个政策编号已经存在', [{ path: 'body.id', message: '编号已被使用，请换一个' }])
    }
    await this.policies.bumpVersion()
    return policy
  }

  async update(id: string, body: PolicyUpdateBody, now: Date): Promise<Policy> {
    const policy = stamp({ id, ...body }, now)
    if ((await this.policies.replace(withSearchPinyin(policy))) === 'conflict') throw new NotFoundError('没有找到这条政策')
    await this.policies.bumpVersion()
    return policy
  }
}

function stamp(body: PolicyCreateBody, now: Date): Policy {
  return { ...body, verifiedOn: shanghaiDate(now), sample: false }
}
