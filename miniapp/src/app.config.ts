import { appPages, pagePath, PAGES } from '@doorstep/shared/navigation/pages'
import { NORMAL_COLORS } from './shared/styles/colors'

export default defineAppConfig({
  // Every page and subpackage, from the one list in shared/src/navigation/pages.ts.
  ...appPages(),
  // Home's working entries (stations, policy search): fetch their subpackages while people read the home page.
  preloadRule: {
    [pagePath('home')]: { network: 'all', packages: [PAGES.stationMap.root, PAGES.policySearch.root] },
  },
  // Only the components a page renders are injected when it opens: a shorter start on older phones.
  lazyCodeLoading: 'requiredComponents',
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
