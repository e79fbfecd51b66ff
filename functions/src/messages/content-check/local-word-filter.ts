import MintExport from 'mint-filter'
import type { ContentCheck, ContentVerdict } from './content-check'
import { REVIEW_WORDS, RISKY_WORDS } from './word-lists'

// mint-filter is CommonJS with `exports.default`: esbuild unwraps it, Node's own ESM loader (tsx scripts such as
// the local seed) hands over the whole exports object instead.
const Mint = (MintExport as unknown as { default?: typeof MintExport }).default ?? MintExport
type Mint = InstanceType<typeof MintExport>

/** The local sensitive-word filter: two Aho–Corasick automata (mint-filter), built once per container. */
export class LocalWordFilter implements ContentCheck {
  private readonly risky: Mint
  private readonly review: Mint

  constructor(lists: { risky: readonly string[]; review: readonly string[] } = { risky: RISKY_WORDS, review: REVIEW_WORDS }) {
    this.risky = new Mint([...lists.risky])
    this.review = new Mint([...lists.review])
  }

  async check(text: string): Promise<ContentVerdict> {
    const normalized = normalize(text)
    const risky = this.risky.filter(normalized, { replace: false }).words
    if (risky.length > 0) return { outcome: 'risky', reason: `内容含有不允许发布的词语：${risky.join('、')}，请修改后再提交` }
    const review = this.review.filter(normalized, { replace: false }).words
    if (review.length > 0) return { outcome: 'review', reason: '内容需人工审核，审核通过后工作人员会尽快处理' }
    return { outcome: 'pass' }
  }
}

/** Spaces and full-width forms are the cheapest ways around a word list; fold them away first. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff·._*-]+/g, '')
    .toLowerCase()
}
