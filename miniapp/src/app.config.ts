export default defineAppConfig({
  pages: ['pages/home/index'],
  subPackages: [
    {
      root: 'packages/stations',
      pages: ['pages/map/index', 'pages/list/index', 'pages/detail/index'],
    },
    {
      root: 'packages/account',
      pages: ['pages/me/index', 'pages/resident-sign-in/index', 'pages/staff-sign-in/index'],
    },
    {
      root: 'packages/services',
      pages: ['pages/catalogue/index', 'pages/detail/index', 'pages/mine/index'],
    },
    {
      root: 'packages/policies',
      pages: ['pages/search/index', 'pages/detail/index', 'pages/match/index'],
    },
  ],
  // Home's working entries (stations, policy search): fetch their subpackages while people read the home page.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/stations', 'packages/policies'] },
  },
  // 点位一图览 asks for the position to sort stations nearest first; declared as WeChat requires.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的人社服务站' },
  },
  window: {
    navigationBarBackgroundColor: '#0b4f9c',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '家门口的人社服务站',
    backgroundColor: '#f3f5f8',
    backgroundTextStyle: 'dark',
  },
})
