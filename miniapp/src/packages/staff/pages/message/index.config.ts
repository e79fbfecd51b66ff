export default definePageConfig({
  navigationBarTitleText: '处理留言',
})
