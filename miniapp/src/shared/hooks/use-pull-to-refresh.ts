import Taro, { usePullDownRefresh } from '@tarojs/taro'

/**
 * Pull down to refresh, as WeChat users expect of a list that changes (the page's config sets
 * `enablePullDownRefresh`): reloads, and lets go of WeChat's spinner once the new answer is shown.
 */
export function usePullToRefresh(reload: () => Promise<void>) {
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
}
