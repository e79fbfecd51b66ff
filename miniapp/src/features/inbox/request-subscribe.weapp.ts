import Taro from '@tarojs/taro'
import type { SubscriptionAnswer } from '@doorstep/shared'

const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter']

/**
 * WeChat's one-time subscription prompt (wx.requestSubscribeMessage), which must run inside the tap that asks for
 * it. The answer per template id, or undefined when the prompt could not be shown (e.g. the switch in 设置 is off).
 */
export async function requestSubscribe(templateIds: readonly string[]): Promise<Record<string, SubscriptionAnswer> | undefined> {
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] } as never)) as unknown as Record<
      string,
      string
    >
    const answers = Object.fromEntries(
      templateIds.filter((id) => ANSWERS.includes(result[id] ?? '')).map((id) => [id, result[id] as SubscriptionAnswer]),
    )
    return Object.keys(answers).length > 0 ? answers : undefined
  } catch {
    return undefined
  }
}

export const canRequestSubscribe = true
