import * as v from 'valibot'

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/

export const Id = v.pipe(v.string('须为文本'), v.regex(ID_PATTERN, '编号格式不正确'))

export const IsoDate = v.pipe(
  v.string('须为日期'),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式须为 YYYY-MM-DD'),
)

export const ClockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式须为 HH:MM'))

/** Trimmed, length-limited text: every free-text field goes through this. */
export const Text = (max: number, min = 1) =>
  v.pipe(
    v.string('须为文本'),
    v.trim(),
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
export const QueryCursor = v.optional(
  v.pipe(v.string(), v.maxLength(1024, '翻页标记无效'), v.regex(/^[A-Za-z0-9_-]+$/, '翻页标记无效')),
)

export interface Page<T> {
  items: T[]
  /** Absent on the last page. */
  nextCursor?: string
}

/** Every record in the seed files carries this, so the app can label it 示例数据. */
export const SampleFlag = v.optional(v.boolean(), true)
