export const ROUTES = {
  home: '/pages/home/index',
  stationList: '/packages/stations/pages/list/index',
  stationDetail: (id: string) => `/packages/stations/pages/detail/index?id=${encodeURIComponent(id)}`,
} as const
