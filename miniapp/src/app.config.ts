import { NORMAL_COLORS } from './shared/styles/colors'

export default defineAppConfig({
  pages: ['pages/home/index'],
  subPackages: [
    {
      root: 'packages/stations',
      pages: ['pages/map/index', 'pages/list/index', 'pages/detail/index'],
    },
    {
      root: 'packages/account',
      pages: ['pages/me/index', 'pages/resident-sign-in/index', 'pages/staff-sign-in/index', 'pages/inbox/index'],
    },
    {
      root: 'packages/services',
      pages: ['pages/catalogue/index', 'pages/detail/index', 'pages/mine/index'],
    },
    {
      root: 'packages/policies',
      pages: ['pages/search/index', 'pages/detail/index', 'pages/match/index'],
    },
    {
      root: 'packages/business',
      pages: ['pages/mine/index', 'pages/start/index', 'pages/case/index', 'pages/employees/index'],
    },
    {
      root: 'packages/staff',
      pages: [
        'pages/desk/index',
        'pages/desk-case/index',
        'pages/home/index',
        'pages/queue/index',
        'pages/message/index',
        'pages/assisted/index',
        'pages/dashboard/index',
        'pages/calendar/index',
        'pages/password/index',
        'pages/accounts/index',
      ],
    },
    {
      root: 'packages/messages',
      pages: ['pages/board/index', 'pages/compose/index', 'pages/mine/index', 'pages/detail/index'],
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
    navigationBarBackgroundColor: NORMAL_COLORS.primary,
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '家门口的人社服务站',
    backgroundColor: NORMAL_COLORS.page,
    backgroundTextStyle: 'dark',
  },
})
