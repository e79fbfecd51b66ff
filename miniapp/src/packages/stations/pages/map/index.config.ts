export default definePageConfig({
  navigationBarTitleText: '点位一图览',
})
