export default definePageConfig({
  navigationBarTitleText: '居民登录',
})
