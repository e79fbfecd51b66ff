import { useShareAppMessage } from '@tarojs/taro'
import type { PolicyDetail } from '@doorstep/shared'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'

/** Weapp: what 分享给亲友 (and the ··· menu) sends — the policy's title, opening its detail page. */
export function useSharePolicy(policy: PolicyDetail | undefined, path: string) {
  const s = useStrings(strings)
  useShareAppMessage(() => ({ title: policy ? `${policy.title}${policy.inForce ? '' : s.expiredSuffix}` : s.searchTitle, path }))
}
