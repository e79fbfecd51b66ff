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
