import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface HeadingProps {
  level: 1 | 2
  children: ReactNode
  className?: string
}

/** Mini-programs have no <h1>: a View carrying the heading role, which H5 screen readers understand. */
export function Heading({ level, children, className = '' }: HeadingProps) {
  return (
    <View role="heading" aria-level={level} className={`heading heading--${level} ${className}`.trim()}>
      {children}
    </View>
  )
}
