import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { DEV_PRIVATE_KEY, DEV_PUBLIC_KEY } from './dev-keys'
import { startSsmStandIn, type SsmStandIn } from './ssm'

/** The WeChat identity every local stage uses with the stand-in (a real deploy exports its own WECHAT_APP_ID). */
export const STAND_IN_APP_ID = 'wx0000standin0000'
/** Template ids the stand-in knows, passed to the functions as production passes the real ones. */
export const STAND_IN_TEMPLATES = {
  'message-status': 'standin-tmpl-message-status',
  'company-deadline': 'standin-tmpl-company-deadline',
  'demand-result': 'standin-tmpl-demand-result',
}

export interface StageSecrets {
  weChatSecret: string
  employeeIdKey: string
  cursorKey: string
  jwtPrivateKey: string
  jwtPublicKey: string
}

/**
 * local and test keep fixed keys (a token survives a restart of `npm start`); staging gets fresh ones each time,
 * as a real environment has its own.
 */
export function secretsFor(stage: string): StageSecrets {
  if (stage !== 'staging') {
    return {
      weChatSecret: 'standin-app-secret',
      employeeIdKey: 'standin-employee-id-key',
      cursorKey: 'standin-cursor-key',
      jwtPrivateKey: DEV_PRIVATE_KEY,
      jwtPublicKey: DEV_PUBLIC_KEY,
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return {
    weChatSecret: randomBytes(16).toString('hex'),
    employeeIdKey: randomBytes(32).toString('base64'),
    cursorKey: randomBytes(32).toString('base64'),
    jwtPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    jwtPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}

/** The parameters a stage reads, named as serverless.yml names them (/doorstep/<stage>/…), put in an SSM stand-in. */
export function putStageParameters(ssm: Pick<SsmStandIn, 'put'>, stage: string, secrets: StageSecrets): void {
  ssm.put(`/doorstep/${stage}/wechat-app-secret`, secrets.weChatSecret, 'SecureString')
  ssm.put(`/doorstep/${stage}/jwt-private-key`, secrets.jwtPrivateKey, 'SecureString')
  ssm.put(`/doorstep/${stage}/jwt-public-key`, secrets.jwtPublicKey, 'String')
  ssm.put(`/doorstep/${stage}/employee-id-key`, secrets.employeeIdKey, 'SecureString')
  ssm.put(`/doorstep/${stage}/cursor-key`, secrets.cursorKey, 'SecureString')
}

/** What osls needs to resolve `${ssm:…}` from a stand-in: its endpoint and credentials that never reach AWS. */
export function ssmClientEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_SSM: endpoint,
    AWS_ACCESS_KEY_ID: 'standin',
    AWS_SECRET_ACCESS_KEY: 'standin',
    AWS_REGION: 'ap-east-1',
  }
}

/**
 * Runs `fn` with an environment in which osls can resolve the stage's `${ssm:…}` variables: the given one if it
 * already points at a parameter store, else a short-lived stand-in holding the stage's parameters.
 */
export async function withParameterStore<T>(stage: string, env: NodeJS.ProcessEnv, fn: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  if (env.AWS_ENDPOINT_URL_SSM) return fn(env)
  const ssm = await startSsmStandIn()
  try {
    putStageParameters(ssm, stage, secretsFor(stage))
    return await fn({ ...env, ...ssmClientEnv(ssm.endpoint) })
  } finally {
    await ssm.close()
  }
}
