export default defineAppConfig({
  pages: ['pages/home/index'],
  subPackages: [
    {
      root: 'packages/stations',
      pages: ['pages/list/index', 'pages/detail/index'],
    },
  ],
  // The only working entry from home is the stations list: fetch its subpackage while people read the home page.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/stations'] },
  },
  window: {
    navigationBarBackgroundColor: '#0b4f9c',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '家门口的人社服务站',
    backgroundColor: '#f3f5f8',
    backgroundTextStyle: 'dark',
  },
})
