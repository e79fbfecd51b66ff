import { pagePath, type InboxLink } from '@doorstep/shared'

/** The mini-program page each kind of link opens (from the one page list, shared/src/navigation/pages.ts). */
export const LINK_PAGES: Record<InboxLink['kind'], string> = {
  message: pagePath('messageDetail'),
  company: pagePath('companyCase'),
  service: pagePath('serviceDetail'),
}

/** Where tapping a note's subscription message goes: its page, with the linked thing's id. */
export function linkPage(link: InboxLink): string {
  return `${LINK_PAGES[link.kind]}?id=${encodeURIComponent(link.id)}`
}
