export default definePageConfig({
  // pull down to refresh: the list changes while it is open (usePullToRefresh)
  enablePullDownRefresh: true,
  navigationBarTitleText: '我的报名',
})
