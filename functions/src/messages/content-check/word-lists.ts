/**
 * The district's own word lists, kept short and reviewed by the message-board office. In production WeChat's
 * msgSecCheck covers the broad categories (politics, pornography, violence); these catch what it does not know
 * about this board: fraud bait and abuse (refused) and words that call for a human look first (held).
 */
export const RISKY_WORDS = ['代开发票', '办证刻章', '贷款秒批', '赌博', '博彩', '色情', '傻逼', '去死'] as const

export const REVIEW_WORDS = ['跳楼', '自杀', '上访', '集体讨薪', '拉横幅', '曝光', '媒体'] as const
