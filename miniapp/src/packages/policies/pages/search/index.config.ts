export default definePageConfig({
  navigationBarTitleText: '政策一键查询',
})
