/** Weapp: WeChat's own navigation bar and capsule already give back and home; nothing to add. */
export function PageNav() {
  return null
}
