/**
 * Masking for personal data shown to anyone but its owner and authorised staff:
 * 13712340969 → 137****0969, 320501199001011234 → 3205**********1234.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  // landlines and anything unexpected: keep only the last four
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '****'
}

export function maskIdNumber(id: string): string {
  const value = id.trim().toUpperCase()
  if (value.length < 8) return '*'.repeat(value.length)
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
}

/** A person's name for public display: 王小明 → 王**, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return chars.length === 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`
}

/*
 * Numbers as people type them into free text: ASCII or full-width digits, a mobile split by spaces or dashes,
 * +86 in front, a landline with its area code. A match must not start or end inside a longer number; longer
 * digit runs (bank cards, social-security numbers) are caught by the last pattern. No look-behind and no named
 * groups: this ships in the mini-program, and older iOS JavaScript engines reject both.
 */
const D = '[0-9０-９]'
const SEP = '[ \\-－]?'
const PERSONAL_NUMBER = new RegExp(
  `(^|[^0-9０-９])(?:` +
    [
      `(${D}{17}[0-9０-９XxＸｘ])`, // 2: ID number
      `(${D}{15})`, // 3: 15-digit ID number
      `((?:[+＋]?[8８][6６]${SEP})?[1１][3-9３-９]${D}${SEP}${D}{4}${SEP}${D}{4})`, // 4: mobile
      `([(（]?[0０]${D}{2,3}[)）]?${SEP}${D}{7,8})`, // 5: landline
      `(${D}{11,})`, // 6: any other long run
    ]
      .map((p) => `${p}(?!${D})`)
      .join('|') +
    ')',
  'g',
)

const halfWidth = (text: string) => text.replace(/[０-９Ｘｘ＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/**
 * Masks phone and ID numbers inside free text (a message's title, content, answer) before anyone but its owner
 * and authorised staff reads it: 我的电话13812345678 → 我的电话138****5678, an ID number → 3205**********1234.
 */
export function maskPersonalText(text: string): string {
  return text.replace(
    PERSONAL_NUMBER,
    (_match, before: string, id?: string, oldId?: string, mobile?: string, landline?: string, long?: string) => {
      const found = (id ?? oldId ?? mobile ?? landline ?? long)!
      const digits = halfWidth(found).replace(/[^0-9Xx]/g, '')
      if (id !== undefined || oldId !== undefined) return before + maskIdNumber(digits)
      if (mobile !== undefined) return before + maskPhone(digits.slice(-11))
      return before + maskPhone(digits)
    },
  )
}
