export default definePageConfig({
  navigationBarTitleText: '家门口的人社服务站',
})
