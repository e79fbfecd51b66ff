import { defineStrings } from '@/shared/i18n'

/** Text of the shared components. */
export const strings = defineStrings(
  {
    loading: '正在加载…',
    retry: '重试',
    sampleData: '示例数据',
    offline: '离线，显示上次加载的数据',
    fieldRequired: '（必填）',
    networkDetail: '请检查手机网络后重试',
    timeoutDetail: '服务器响应超时，请稍后重试',
    unknownDetail: '出了点问题，请稍后重试',
    notFoundDetail: '没有找到相关内容',
    tooManyDetail: '访问太频繁，请稍后再试',
    serverDetail: '服务暂时不可用，请稍后重试',
    switchOn: '已开启',
    switchOff: '已关闭',
    loadMore: '加载更多',
    loadMoreAgain: '重新加载更多',
  },
  {
    loading: 'Loading…',
    retry: 'Try again',
    sampleData: 'Sample data',
    offline: 'Offline — showing the data loaded last time',
    fieldRequired: ' (required)',
    networkDetail: 'Please check your network connection and try again',
    timeoutDetail: 'The server took too long to answer. Please try again later',
    unknownDetail: 'Something went wrong. Please try again later',
    notFoundDetail: 'Nothing was found',
    tooManyDetail: 'Too many requests. Please try again in a moment',
    serverDetail: 'The service is unavailable right now. Please try again later',
    switchOn: 'On',
    switchOff: 'Off',
    loadMore: 'Load more',
    loadMoreAgain: 'Try loading more again',
  },
)
