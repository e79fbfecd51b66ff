import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'

const LOCAL_STAGES = new Set(['local', 'test'])

export function isLocalStage(stage = process.env.STAGE): boolean {
  return stage !== undefined && LOCAL_STAGES.has(stage)
}

let cached: Promise<Uint8Array> | undefined

/**
 * The HS256 key that signs session tokens. In AWS it is an SSM SecureString (`JWT_SECRET_PARAM`), read
 * once per container; locally a fixed development key, which is refused outside the local stages.
 */
export function signingKey(): Promise<Uint8Array> {
  cached ??= load().catch((error) => {
    cached = undefined
    throw error
  })
  return cached
}

async function load(): Promise<Uint8Array> {
  const parameter = process.env.JWT_SECRET_PARAM
  if (parameter) {
    const ssm = new SSMClient({})
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: parameter, WithDecryption: true }))
    if (!Parameter?.Value || Parameter.Value.length < 32) throw new Error(`${parameter} must hold at least 32 characters`)
    return new TextEncoder().encode(Parameter.Value)
  }
  if (!isLocalStage()) throw new Error('JWT_SECRET_PARAM is not set')
  return new TextEncoder().encode(process.env.JWT_SECRET ?? 'doorstep-local-development-key-not-for-production')
}
