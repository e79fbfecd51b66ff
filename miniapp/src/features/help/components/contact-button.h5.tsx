/** A browser has no WeChat service chat: the hotline above is the way to ask. */
export function ContactButton() {
  return null
}
