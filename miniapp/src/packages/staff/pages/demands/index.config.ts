export default definePageConfig({
  navigationBarTitleText: '需求库',
})
