export default definePageConfig({
  navigationBarTitleText: '我联系的企业',
  enablePullDownRefresh: true,
})
