import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { useStrings } from '@/shared/i18n'
import { ActionButton } from './action-button'
import { strings } from './strings'

interface ErrorViewProps {
  title: string
  /** A sentence of your own; otherwise one is made from `error`. */
  message?: string
  /** What went wrong: the message says what to do about it (network: check the connection). */
  error?: ApiError
  onRetry?: () => void
}

/** The error state: what did not work, what to do, and 重试 when trying again can help. */
export function ErrorView({ title, message, error, onRetry }: ErrorViewProps) {
  const s = useStrings(strings)
  const text = message ?? (error ? errorMessage(error, s) : undefined)
  return (
    <View className="state-view state-view--error" role="alert">
      <Text className="state-view__title">{title}</Text>
      {text && <Text className="state-view__message">{text}</Text>}
      {onRetry && <ActionButton onClick={onRetry}>{s.retry}</ActionButton>}
    </View>
  )
}

/**
 * A sentence for a failed request. Failures the app itself detected (no network, no answer) are said in the
 * interface language; an answer from the API keeps the API's own words (content, Chinese).
 */
export function errorMessage(error: ApiError, s: (typeof strings)['zh']): string {
  if (error.kind === 'network') return s.networkDetail
  if (error.kind === 'timeout') return s.timeoutDetail
  if (error.status === 0) return s.unknownDetail
  // No problem body: the words would be the client's own fallback, so say it in the interface language.
  if (error.body === undefined)
    return error.status === 404
      ? s.notFoundDetail
      : error.status === 429
        ? s.tooManyDetail
        : error.status >= 500
          ? s.serverDetail
          : s.unknownDetail
  return error.detail ?? error.title
}
