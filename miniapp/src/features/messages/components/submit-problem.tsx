import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { ActionButton } from '@/shared/components/action-button'
import { errorMessage } from '@/shared/components/error-view'
import { strings as sharedStrings } from '@/shared/components/strings'
import { useStrings } from '@/shared/i18n'
import { strings } from '../strings'
import './messages.scss'

interface SubmitProblemProps {
  error: ApiError
  /** The API named fields: each problem is shown under its field, this only says so. */
  hasFieldErrors: boolean
  /** The key already holds another message: the earlier attempt did arrive. */
  keyUsed: boolean
  onOpenMine?: () => void
}

/** Why a submission failed, above the button: fix the marked fields, or simply send again (nothing is stored twice). */
export function SubmitProblem({ error, hasFieldErrors, keyUsed, onOpenMine }: SubmitProblemProps) {
  const s = useStrings(strings)
  const shared = useStrings(sharedStrings)
  return (
    <View className="submit-problem" role="alert">
      <Text className="submit-problem__title">{hasFieldErrors ? s.fixFields : s.submitFailed}</Text>
      {!hasFieldErrors && (
        <Text className="submit-problem__text">{keyUsed ? s.keyUsed : `${errorMessage(error, shared)} ${s.submitRetryHint}`}</Text>
      )}
      {keyUsed && onOpenMine && (
        <ActionButton variant="secondary" onClick={onOpenMine}>
          {s.mine}
        </ActionButton>
      )}
    </View>
  )
}
