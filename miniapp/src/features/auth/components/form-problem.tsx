import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/shared/api/api-error'
import { signInProblemText } from '../sign-in-errors'

/** Why the last attempt failed, above the submit button; announced as soon as it appears. */
export function FormProblem({ error }: { error: ApiError }) {
  return (
    <View className="form-problem" role="alert">
      <Text>{signInProblemText(error)}</Text>
    </View>
  )
}
