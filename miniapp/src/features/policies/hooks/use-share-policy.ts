import type { PolicyDetail } from '@doorstep/shared'
import { useStrings } from '@/shared/i18n'
import { useSharePage } from '@/shared/hooks/use-share-page'
import { searchStrings } from '../search-strings'
import { strings } from '../strings'

/** What 分享给亲友 (and the ··· menu) sends — the policy's title, opening its detail page. */
export function useSharePolicy(policy: PolicyDetail | undefined, path: string) {
  const s = useStrings(strings)
  const { searchTitle } = useStrings(searchStrings)
  useSharePage({ title: policy ? `${policy.title}${policy.inForce ? '' : s.expiredSuffix}` : searchTitle, path })
}
