import { normalize, type Span } from './tokenizer'

/**
 * Words people use interchangeably for the same thing. Indexing adds one group term (≈ + the group's first
 * member) wherever any member occurs, so a query naming one member finds them all with a single term lookup.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['社保', '社会保险', '社会保障'],
  ['失业金', '失业保险金'],
  ['公积金', '住房公积金'],
  ['医保', '医疗保险'],
  ['养老金', '退休金', '养老保险待遇'],
  ['工伤', '职业伤害'],
  ['户口', '户籍', '落户'],
  ['补贴', '补助', '津贴'],
  ['贷款', '贴息'],
  ['找工作', '求职'],
  ['招人', '招聘', '招工'],
  ['开公司', '开店', '企业开办'],
  ['欠薪', '拖欠工资', '讨工资'],
  ['学技术', '学手艺', '技能培训'],
  ['考证', '技能等级认定', '职业资格'],
  ['打零工', '零工', '灵活就业'],
]

const GROUP_MARK = '≈'

const MEMBERS = SYNONYM_GROUPS.flatMap((group) => group.map((member) => ({ member, term: GROUP_MARK + group[0]! })))
  // Longest first, so 住房公积金 is read as itself and not also as 公积金.
  .sort((a, b) => b.member.length - a.member.length)

export const isGroupTerm = (term: string) => term.startsWith(GROUP_MARK)

/** ≈社保 → 社保, 社会保险, 社会保障 */
export function membersOf(groupTerm: string): readonly string[] {
  return SYNONYM_GROUPS.find((group) => GROUP_MARK + group[0] === groupTerm) ?? []
}

/** Where synonym-group members occur, as group terms; non-overlapping, the longest member winning. */
export function synonymSpans(text: string): Span[] {
  const normal = normalize(text)
  const taken: Span[] = []
  for (const { member, term } of MEMBERS) {
    for (let at = normal.indexOf(member); at !== -1; at = normal.indexOf(member, at + member.length)) {
      const span = { term, start: at, end: at + member.length }
      if (!taken.some((t) => t.start < span.end && span.start < t.end)) taken.push(span)
    }
  }
  return taken.sort((a, b) => a.start - b.start)
}

/** The query's other phrasings (社保卡 → 社会保险卡, 社会保障卡), for engines without group terms. */
export function expandSynonyms(query: string): string[] {
  const variants = new Set<string>()
  for (const group of SYNONYM_GROUPS) {
    const member = group.filter((m) => query.includes(m)).sort((a, b) => b.length - a.length)[0]
    if (!member) continue
    for (const other of group) if (other !== member) variants.add(query.replace(member, other))
  }
  variants.delete(query)
  return [...variants]
}
