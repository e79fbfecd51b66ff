import { Text } from '@tarojs/components'
import './page-intro.scss'

/** The sentence under a page's title that says what the page is for (or who is signed in to it). */
export function PageIntro({ children }: { children: string }) {
  return <Text className="page-intro">{children}</Text>
}
