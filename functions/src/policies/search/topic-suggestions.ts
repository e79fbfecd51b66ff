import { POLICY_TOPICS, type PolicyTopic } from '@doorstep/shared'
import { searchEngine } from './search-engine'
import { TOPIC_READINGS } from './topic-pinyin'
import { pinyinTerms } from './tokenizer'

const SUGGESTION_COUNT = 4

const topics = searchEngine.create<PolicyTopic>({
  idOf: (topic) => topic,
  fields: {
    text: { extract: (topic) => topic },
    pinyin: { extract: (topic) => pinyinTerms(topic, TOPIC_READINGS[topic].split(' ')).join(' '), analyzer: 'pinyin' },
    chars: { extract: (topic) => topic, analyzer: 'chars' },
  },
})
topics.addAll(POLICY_TOPICS)

/**
 * For a search that found nothing: the one-tap topics closest to what was typed — scored on the whole query
 * and on each of its characters, so sharing more characters counts — then the first ones.
 */
export function closestTopics(query: string): string[] {
  const scores = new Map<string, number>()
  for (const hit of [query, ...query].flatMap((part) => topics.search(part))) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score)
  const close = [...scores].sort((a, b) => b[1] - a[1]).map(([topic]) => topic)
  const rest = POLICY_TOPICS.filter((topic) => !close.includes(topic))
  return [...close, ...rest].slice(0, SUGGESTION_COUNT)
}
