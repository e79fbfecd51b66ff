import { shanghaiTime } from '@doorstep/shared'
import type { InboxNote } from './notifier'

/** WeChat cuts a `thing` value at 20 characters; we cut first, with an ellipsis. */
const THING_MAX = 20

/** The template's fields: `thing1` (title), `thing2` (body) and `time3` (when). */
export function subscriptionFields(note: Pick<InboxNote, 'title' | 'body'>, at: Date) {
  return {
    thing1: { value: cut(note.title, THING_MAX) },
    thing2: { value: cut(note.body, THING_MAX) },
    time3: { value: wechatTime(at) },
  }
}

function cut(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** WeChat's `time` field: 2026年11月25日 14:30, Suzhou time. */
function wechatTime(at: Date): string {
  const { date, time } = shanghaiTime(at)
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${time}`
}
