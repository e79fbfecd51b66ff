import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb'

/** DynamoDB refused a write because its ConditionExpression did not hold. */
export const isConditionFailure = (error: unknown): boolean => error instanceof ConditionalCheckFailedException

/** True when the conditional write landed, false when its condition did not hold; any other failure is thrown. */
export async function conditionHeld(write: Promise<unknown>): Promise<boolean> {
  return (await unlessConditionFails(write.then(() => true))) ?? false
}

/** What the conditional write answered, or undefined when its condition did not hold; any other failure is thrown. */
export async function unlessConditionFails<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write
  } catch (error) {
    if (isConditionFailure(error)) return undefined
    throw error
  }
}
