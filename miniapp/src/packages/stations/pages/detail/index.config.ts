export default definePageConfig({
  // 转发 and 分享到朋友圈 open this same page (useSharePage)
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '站点详情',
})
