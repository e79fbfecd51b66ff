export default definePageConfig({
  navigationBarTitleText: '企业开办窗口',
})
