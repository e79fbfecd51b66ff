import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { useStrings } from '@/shared/i18n'
import { signInProblemText } from '../sign-in-errors'
import { strings } from '../strings'
import './sign-in.scss'

/** Why the last attempt failed, above the submit button; announced as soon as it appears. */
export function FormProblem({ error, fixFields }: { error: ApiError; fixFields?: string }) {
  const s = useStrings(strings)
  return (
    <View className="form-problem" role="alert">
      <Text>{signInProblemText(error, s, fixFields)}</Text>
    </View>
  )
}
