import { ssmClientEnv } from '../stand-ins/parameters'
import { readServerlessConfig } from './serverless-config'

/**
 * For one-off runs of a scheduled function against the stack `npm start` runs: this process takes the local stage's
 * function environment (tables, the stand-ins at their default ports), as serverless-offline gives its handlers.
 */
export async function attachToLocalStack(): Promise<void> {
  const env = { DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8000' }
  const config = await readServerlessConfig('local', env)
  Object.assign(process.env, config.provider.environment, env, ssmClientEnv(config.provider.environment.SSM_ENDPOINT!))
}
