export default definePageConfig({
  navigationBarTitleText: '服务一网了解',
})
