import type { GetParameterCommandOutput } from '@aws-sdk/client-ssm'

/** A parameter read is reused this long; then read again, so a rotated secret reaches warm containers. */
export const PARAMETER_TTL_MS = 10 * 60_000

type ReadParameter = (name: string) => Promise<GetParameterCommandOutput>

/**
 * SecureStrings from SSM Parameter Store (the JWT signing key, WeChat's AppSecret, HMAC keys), read only by the
 * functions granted them. A value is kept for `ttlMs`; a failed read is never kept, so an SSM outage ends for a
 * container the moment SSM answers again. Concurrent first reads share one request.
 */
export class SecureParameters {
  private readonly values = new Map<string, { value: string; at: number }>()
  private readonly pending = new Map<string, Promise<string>>()

  constructor(
    private readonly read: ReadParameter,
    private readonly ttlMs = PARAMETER_TTL_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  get(name: string): Promise<string> {
    const kept = this.values.get(name)
    if (kept && this.clock() - kept.at < this.ttlMs) return Promise.resolve(kept.value)
    const inFlight = this.pending.get(name)
    if (inFlight) return inFlight
    const request = this.read(name)
      .then(({ Parameter }) => {
        if (!Parameter?.Value) throw new Error(`${name} is empty`)
        this.values.set(name, { value: Parameter.Value, at: this.clock() })
        return Parameter.Value
      })
      .finally(() => this.pending.delete(name))
    this.pending.set(name, request)
    return request
  }
}

let client: Promise<(name: string) => Promise<GetParameterCommandOutput>> | undefined

/**
 * The SSM client is loaded on first use from the Lambda runtime, which ships AWS SDK v3 (serverless.yml marks it
 * external): bundling it would add ~90 KB to every function that merely could read a parameter. `SSM_ENDPOINT`
 * points it at a stand-in on a developer's machine; the SDK's standard retry (3 attempts, exponential backoff with
 * jitter) covers throttling and 5xx.
 */
function ssmReader(): Promise<ReadParameter> {
  client ??= import('@aws-sdk/client-ssm')
    .then(({ GetParameterCommand, SSMClient }) => {
      const endpoint = process.env.SSM_ENDPOINT
      const ssm = new SSMClient({ maxAttempts: 3, ...(endpoint ? { endpoint } : {}) })
      return (name: string) => ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }))
    })
    .catch((error) => {
      client = undefined
      throw error
    })
  return client
}

export const secureParameters = new SecureParameters(async (name) => (await ssmReader())(name))

export const readSecureParameter = (name: string) => secureParameters.get(name)
