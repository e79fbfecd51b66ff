export default definePageConfig({
  navigationBarTitleText: '看看我能享受哪些政策',
})
