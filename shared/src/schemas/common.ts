import * as v from 'valibot'

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/

export const Id = v.pipe(v.string('须为文本'), v.regex(ID_PATTERN, '编号格式不正确'))

export const IsoDate = v.pipe(v.string('须为日期'), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式须为 YYYY-MM-DD'))

export const ClockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式须为 HH:MM'))

/** Zero-width characters (spaces, joiners, the word joiner, the BOM) and the soft hyphen: invisible, so removed. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g
/** Control characters but tab and line breaks (NUL, escape codes, C1): never part of what a person writes. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/** False for a string holding a lone surrogate (half of an emoji): such text cannot be stored or shown as written. */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false
      i++
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false
  }
  return true
}

/** What a person wrote, as it will be stored: NFC, without invisible characters, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim()
}

/**
 * Length-limited text a person wrote: every free-text field goes through this. Refused: lone surrogates and control
 * characters; removed: zero-width characters; then trimmed, and it must keep at least one character to read.
 */
export const Text = (max: number, min = 1) =>
  v.pipe(
    v.string('须为文本'),
    v.check(isWellFormedText, '含有无法识别的字符'),
    v.check((text) => !CONTROL.test(text), '不能包含控制字符'),
    v.transform(normaliseText),
    v.minLength(min, min === 1 ? '不能为空' : `至少 ${min} 个字`),
    v.maxLength(max, `不能超过 ${max} 个字`),
  )

/** Page size from a query string: 1..max, default `fallback`. */
export const QueryLimit = (max = 50, fallback = 20) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, `须为 1–${max} 的整数`),
      v.transform(Number),
      v.minValue(1, `须为 1–${max} 的整数`),
      v.maxValue(max, `不能超过 ${max}`),
    ),
    String(fallback),
  )

/** Opaque pagination cursor as handed out by the server (base64url). */
export const QueryCursor = v.optional(v.pipe(v.string(), v.maxLength(1024, '翻页标记无效'), v.regex(/^[A-Za-z0-9_-]+$/, '翻页标记无效')))

export interface Page<T> {
  items: T[]
  /** Absent on the last page. */
  nextCursor?: string
}

/** Every record in the seed files carries this, so the app can label it 示例数据. */
export const SampleFlag = v.optional(v.boolean(), true)

/** A mainland mobile or a landline with area code, as residents type it (spaces and dashes allowed). */
export const ResidentPhone = v.pipe(
  v.string('须为文本'),
  v.transform((s) => s.replace(/[\s-]/g, '')),
  v.regex(/^(1\d{10}|0\d{9,11})$/, '请填写手机号或带区号的固定电话'),
)
