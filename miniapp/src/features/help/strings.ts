import { defineStrings } from '@/shared/i18n'

/** 需要帮助 on 我的: the national HR and social-security hotline, and (in WeChat) the mini-program's own service chat. */
export const strings = defineStrings(
  {
    title: '需要帮助',
    hotline: '人社服务热线 12333：社保、就业、劳动关系都可以问',
    callHotline: '拨打 12333',
    callHotlineLabel: '拨打人社服务热线 12333',
    contact: '在线客服',
    contactHint: '在微信里直接和工作人员文字沟通',
  },
  {
    title: 'Need help?',
    hotline: 'HR & social security hotline 12333: social insurance, jobs and employment questions',
    callHotline: 'Call 12333',
    callHotlineLabel: 'Call the HR and social security hotline, 12333',
    contact: 'Chat with us',
    contactHint: 'Write to the staff directly in WeChat',
  },
)
