/**
 * A SecureString from SSM Parameter Store (the JWT signing key, WeChat's AppSecret), read by the few functions
 * granted it, once per container. The SSM client is loaded on first use from the Lambda runtime, which ships AWS
 * SDK v3 (serverless.yml marks it external): bundling it would add ~90 KB to every function that merely could
 * read a parameter, for one call per cold start.
 */
export async function readSecureParameter(name: string): Promise<string> {
  const { GetParameterCommand, SSMClient } = await import('@aws-sdk/client-ssm')
  const { Parameter } = await new SSMClient({}).send(new GetParameterCommand({ Name: name, WithDecryption: true }))
  if (!Parameter?.Value) throw new Error(`${name} is empty`)
  return Parameter.Value
}
