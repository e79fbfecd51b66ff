import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useStrings } from '@/shared/i18n'
import { ROUTES } from '@/shared/navigation/routes'
import { ActionButton } from './action-button'
import { strings } from './strings'
import './page-nav.scss'

/** `/packages/x/pages/y/index?id=1` and `packages/x/pages/y/index` alike → `/packages/x/pages/y/index`. */
const routeOf = (path: string) => `/${path.replace(/^\//, '').split('?')[0]}`

/**
 * H5 has no navigation bar of its own: back (home when the page was opened from a link), home, and 我的 on every
 * page but home, which has its own 我的.
 */
export function PageNav() {
  const s = useStrings(strings)
  const here = routeOf(useRouter().path)
  // The app's bare address is home too.
  if (here === ROUTES.home || here === '/') return null
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack({ delta: 1 })
    else void Taro.reLaunch({ url: ROUTES.home })
  }
  return (
    <View className="page-nav" role="navigation" aria-label={s.pageNav}>
      <ActionButton variant="plain" className="page-nav__link" label={s.back} onClick={back}>
        {`‹ ${s.back}`}
      </ActionButton>
      <View className="page-nav__end">
        <ActionButton variant="plain" className="page-nav__link" onClick={() => void Taro.reLaunch({ url: ROUTES.home })}>
          {s.home}
        </ActionButton>
        {here !== ROUTES.me && (
          <ActionButton variant="plain" className="page-nav__link" onClick={() => void Taro.navigateTo({ url: ROUTES.me })}>
            {s.me}
          </ActionButton>
        )}
      </View>
    </View>
  )
}
