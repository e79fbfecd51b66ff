import { defineStrings } from '@/shared/i18n'

/** Display settings on 我的: 长辈模式 and the interface language. */
export const strings = defineStrings(
  {
    title: '显示设置',
    elder: '长辈模式',
    elderHint: '字更大、按钮更大、颜色更清楚，首页只留五个大入口',
    language: '界面语言 Language',
    remembered: '设置保存在这台手机上，下次打开仍然有效。',
  },
  {
    title: 'Display',
    elder: 'Elder mode',
    elderHint: 'Larger text and buttons, stronger colours, and a simpler home page with the five big entries',
    language: 'Language 界面语言',
    remembered: 'These settings are kept on this phone for next time.',
  },
)
