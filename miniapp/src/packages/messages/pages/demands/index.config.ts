export default definePageConfig({
  navigationBarTitleText: '你提的需求，我们这样办了',
  enablePullDownRefresh: true,
})
