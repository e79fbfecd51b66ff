export default definePageConfig({
  navigationBarTitleText: '开办登记',
})
