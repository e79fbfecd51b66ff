export default definePageConfig({
  navigationBarTitleText: '代客留言',
})
