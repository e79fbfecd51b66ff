export default definePageConfig({
  navigationBarTitleText: '开办进度',
})
