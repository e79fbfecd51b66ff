export default definePageConfig({
  navigationBarTitleText: '企业开办一站式',
})
