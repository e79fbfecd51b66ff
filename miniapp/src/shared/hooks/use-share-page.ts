import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

export interface PageShare {
  /** What the card says: the page's own subject (a station's, service's or policy's name). */
  title: string
  /** This same page, so the receiver lands where the sender was (`/packages/…/index?id=…`). */
  path: string
}

/**
 * Weapp: what 转发 (the ··· menu, or a button with open-type="share") and 分享到朋友圈 send. The page's config turns
 * both on (`enableShareAppMessage`, `enableShareTimeline`); the timeline opens the page with the same query.
 * On H5 the two hooks are never called (browsers share the address themselves), so one file serves both.
 */
export function useSharePage(share: PageShare) {
  useShareAppMessage(() => ({ title: share.title, path: share.path }))
  useShareTimeline(() => ({ title: share.title, query: share.path.split('?')[1] ?? '' }))
}
