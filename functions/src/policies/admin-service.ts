import { shanghaiDate, type Policy, type PolicyCreateBody, type PolicyUpdateBody } from '@doorstep/shared'
import { ConflictError, NotFoundError } from '../core/http/errors'
import type { Logger } from '../core/log/logger'
import type { PolicyRepository } from './repository'
import { withSearchPinyin } from './search/pinyin-readings'

/**
 * Staff edits: the change is announced in the policy set's change feed, then one conditional put (no partial
 * writes), then the set's version moves so every warm search index applies it in place; last, the search
 * snapshot is saved with it, so a cold start restores it instead of building. The item carries the pinyin search reads (`SearchablePolicy`), worked out here, on write.
 * `verifiedOn` is the day of the edit; an edited policy is no longer sample data.
 */
export class PolicyAdminService {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly searchIndex: { saveSnapshot(): Promise<unknown> },
    private readonly log: Logger,
  ) {}

  async create(body: PolicyCreateBody, now: Date): Promise<Policy> {
    const policy = stamp(body, now)
    await this.policies.recordChange(policy.id, now)
    if ((await this.policies.create(withSearchPinyin(policy))) === 'conflict') {
      throw new ConflictError('这个政策编号已经存在', [{ path: 'body.id', message: '编号已被使用，请换一个' }])
    }
    await this.written()
    return policy
  }

  async update(id: string, body: PolicyUpdateBody, now: Date): Promise<Policy> {
    const policy = stamp({ id, ...body }, now)
    await this.policies.recordChange(id, now)
    if ((await this.policies.replace(withSearchPinyin(policy))) === 'conflict') throw new NotFoundError('没有找到这条政策')
    await this.written()
    return policy
  }

  /** The write has landed: a snapshot that fails to save is logged, not the admin's error (the next write saves it). */
  private async written() {
    await this.policies.bumpVersion()
    try {
      await this.searchIndex.saveSnapshot()
    } catch (error) {
      this.log.error('policy search snapshot not saved', { error })
    }
  }
}

function stamp(body: PolicyCreateBody, now: Date): Policy {
  return { ...body, verifiedOn: shanghaiDate(now), sample: false }
}
