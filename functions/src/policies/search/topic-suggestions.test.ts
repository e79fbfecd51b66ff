import { POLICY_TOPICS } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { pinyinReadings } from './pinyin-readings'
import { TOPIC_READINGS } from './topic-pinyin'
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

describe('TOPIC_READINGS', () => {
  it('holds what pinyin-pro reads for every topic', () => {
    for (const topic of POLICY_TOPICS) expect(TOPIC_READINGS[topic]).toBe(pinyinReadings(topic).join(' '))
  })

  it('lets pinyin find a topic', () => {
    expect(closestTopics('shebaoka')[0]).toBe('社保卡')
  })
})
