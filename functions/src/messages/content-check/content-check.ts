/**
 * What a content check decides about a resident's text:
 * pass — store it; review — store it hidden until staff approve; risky — refuse it, telling the writer why.
 */
export type ContentVerdict = { outcome: 'pass' } | { outcome: 'review'; reason: string } | { outcome: 'risky'; reason: string }

/** Who wrote the text: WeChat's check needs the writer's openid; a walk-in message filed by staff has no user. */
export interface ContentAuthor {
  userId?: string
}

/** The local filter always runs; in production WeChat's msgSecCheck is a second ContentCheck behind this interface. */
export interface ContentCheck {
  check(text: string, author?: ContentAuthor): Promise<ContentVerdict>
}

/** Runs every check and keeps the strictest verdict: risky over review over pass. */
export class CombinedContentCheck implements ContentCheck {
  constructor(private readonly checks: readonly ContentCheck[]) {}

  async check(text: string, author: ContentAuthor = {}): Promise<ContentVerdict> {
    const verdicts = await Promise.all(this.checks.map((c) => c.check(text, author)))
    return verdicts.find((v) => v.outcome === 'risky') ?? verdicts.find((v) => v.outcome === 'review') ?? { outcome: 'pass' }
  }
}
