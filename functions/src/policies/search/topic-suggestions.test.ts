import { POLICY_TOPICS } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { closestTopics } from './topic-suggestions'

describe('closestTopics', () => {
  it('puts topics sharing words or characters with the query first', () => {
    expect(closestTopics('失业了领什么')[0]).toBe('失业保险金')
    expect(closestTopics('人才户口')[0]).toBe('人才落户')
    expect(closestTopics('社保卡丢了')[0]).toBe('社保卡')
  })

  it('falls back to the first topics, always four', () => {
    expect(closestTopics('qqxxzz')).toEqual(POLICY_TOPICS.slice(0, 4))
    expect(closestTopics('社保')).toHaveLength(4)
  })
})
