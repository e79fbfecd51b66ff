/**
 * The rate-limits table (docs/data-model.md, R1–R2).
 *   fixed-window counter    pk = RATE#<bucket>#<subject>#<windowStart>   (limiter.ts)
 *   tries from the first    pk = TRIES#<bucket>#<subject>                 (try-counter.ts)
 */
export const rateWindowKey = (bucket: string, subject: string, windowStart: number) => ({ pk: `RATE#${bucket}#${subject}#${windowStart}` })
export const triesKey = (bucket: string, subject: string) => ({ pk: `TRIES#${bucket}#${subject}` })
