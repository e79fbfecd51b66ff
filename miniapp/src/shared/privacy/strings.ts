import { defineStrings } from '@/shared/i18n'

const ZH_PURPOSES: Record<string, string> = {
  getLocation: '为了找到离您最近的服务站，需要用一下您现在的位置（只在这次查找时用，不保存）。',
  chooseMessageFile: '为了导入员工花名册，需要从微信聊天记录里选一个文件。',
  setClipboardData: '为了把内容复制给您，需要使用剪贴板。',
}
const EN_PURPOSES: Record<string, string> = {
  getLocation: 'To find the stations nearest to you, we need your current location (used for this search only, not kept).',
  chooseMessageFile: 'To import the employee roster, you choose a file from your WeChat chats.',
  setClipboardData: 'To copy this for you, we need the clipboard.',
}

/** The prompt WeChat requires before a privacy-guarded call: what is asked for, and why. */
export const strings = defineStrings(
  {
    title: '需要您的同意',
    /** Why, for the API WeChat named (the referrer of its request). */
    purpose: (api: string) => ZH_PURPOSES[api] ?? '这一步需要用到您的个人信息。',
    guide: '使用前请阅读《家门口的人社服务站隐私保护指引》。',
    readGuide: '阅读隐私保护指引',
    agree: '同意',
    disagree: '不同意',
  },
  {
    title: 'Your consent is needed',
    purpose: (api: string) => EN_PURPOSES[api] ?? 'This step uses your personal information.',
    guide: 'Please read the Doorstep privacy guide first.',
    readGuide: 'Read the privacy guide',
    agree: 'Agree',
    disagree: 'Disagree',
  },
)
