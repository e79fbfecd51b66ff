import { defineStrings } from '@/shared/i18n'

/**
 * The policy search box and topics, apart from the rest of the feature's strings: home shows them, so they ship in
 * the main package, which the rest need not.
 */
export const searchStrings = defineStrings(
  {
    searchTitle: '政策一键查询',
    searchLabel: '搜索政策',
    searchHint: '输入关键词，如：失业金、创业补贴，也可以输入拼音',
    search: '搜索',
    recent: '最近搜索',
    clear: '清除',
    topics: '热门政策',
  },
  {
    searchTitle: 'Policy search',
    searchLabel: 'Search policies',
    searchHint: 'Type a keyword such as 失业金 or 创业补贴 (pinyin works too)',
    search: 'Search',
    recent: 'Recent searches',
    clear: 'Clear',
    topics: 'Popular topics',
  },
)
