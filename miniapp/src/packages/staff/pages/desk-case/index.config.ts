export default definePageConfig({
  navigationBarTitleText: '代企业办理',
})
