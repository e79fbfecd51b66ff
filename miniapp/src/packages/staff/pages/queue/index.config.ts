export default definePageConfig({
  navigationBarTitleText: '留言队列',
})
