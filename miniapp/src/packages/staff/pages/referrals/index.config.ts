export default definePageConfig({
  navigationBarTitleText: '转介',
  enablePullDownRefresh: true,
})
