import { useShareAppMessage } from '@tarojs/taro'
import type { PolicyDetail } from '@doorstep/shared'

/** Weapp: what 分享给亲友 (and the ··· menu) sends — the policy's title, opening its detail page. */
export function useSharePolicy(policy: PolicyDetail | undefined, path: string) {
  useShareAppMessage(() => ({ title: policy ? `${policy.title}${policy.inForce ? '' : '（已失效）'}` : '政策一键查询', path }))
}
