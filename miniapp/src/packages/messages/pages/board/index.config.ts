export default definePageConfig({
  // 转发 and 分享到朋友圈 open this same page (useSharePage)
  enableShareAppMessage: true,
  enableShareTimeline: true,
  // pull down to refresh: the list changes while it is open (usePullToRefresh)
  enablePullDownRefresh: true,
  navigationBarTitleText: '留言通道',
})
