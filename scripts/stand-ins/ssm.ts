import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for AWS Systems Manager Parameter Store, speaking its wire protocol (AWS JSON 1.1: `POST /` with
 * `X-Amz-Target: AmazonSSM.<Operation>`), so the functions reach it through the real `@aws-sdk/client-ssm` and
 * osls resolves `${ssm:…}` through it, both pointed here by `AWS_ENDPOINT_URL_SSM` and nothing else.
 *
 * Kept contract: GetParameter, GetParameters and PutParameter with their documented errors (ParameterNotFound,
 * ParameterAlreadyExists, ValidationException); a SecureString read without `WithDecryption` answers ciphertext,
 * as AWS does. `outage()` makes every call fail like a regional incident (HTTP 500 InternalServerError), and
 * `throttle()` answers ThrottlingException: both are retried by the SDK and must never be cached by the caller.
 * Tests in other processes steer it over HTTP: POST /__standin/{outage,throttle,recover}, GET /__standin/calls.
 */
export interface SsmStandIn {
  endpoint: string
  put(name: string, value: string, type?: ParameterType): void
  /** Every call answers 500 until `recover()`. */
  outage(): void
  throttle(): void
  recover(): void
  /** Calls by operation and name, for tests that count reads. */
  calls(): { operation: string; name: string }[]
  close(): Promise<void>
}

type ParameterType = 'String' | 'StringList' | 'SecureString'

interface Stored {
  name: string
  type: ParameterType
  value: string
  version: number
  modified: number
}

export async function startSsmStandIn(options: { port?: number; region?: string; account?: string } = {}): Promise<SsmStandIn> {
  const region = options.region ?? 'ap-east-1'
  const account = options.account ?? '000000000000'
  const parameters = new Map<string, Stored>()
  const log: { operation: string; name: string }[] = []
  let failure: 'outage' | 'throttle' | undefined

  const put = (name: string, value: string, type: ParameterType = 'SecureString') => {
    const version = (parameters.get(name)?.version ?? 0) + 1
    parameters.set(name, { name, type, value, version, modified: Date.now() / 1000 })
    return version
  }

  const view = (p: Stored, decrypt: boolean) => ({
    ARN: `arn:aws:ssm:${region}:${account}:parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`,
    DataType: 'text',
    LastModifiedDate: p.modified,
    Name: p.name,
    Type: p.type,
    // AWS returns the KMS ciphertext of a SecureString unless asked to decrypt
    Value: p.type === 'SecureString' && !decrypt ? Buffer.from(`kms:${p.value}`).toString('base64') : p.value,
    Version: p.version,
  })

  const operations: Record<string, (input: Record<string, unknown>) => [number, unknown]> = {
    GetParameter(input) {
      const name = String(input.Name ?? '')
      log.push({ operation: 'GetParameter', name })
      const found = parameters.get(name)
      if (!found) return [400, { __type: 'ParameterNotFound', message: `Parameter ${name} not found.` }]
      return [200, { Parameter: view(found, input.WithDecryption === true) }]
    },
    GetParameters(input) {
      const names = Array.isArray(input.Names) ? input.Names.map(String) : []
      if (names.length === 0 || names.length > 10) {
        return [400, { __type: 'ValidationException', message: 'Names must contain between 1 and 10 names.' }]
      }
      for (const name of names) log.push({ operation: 'GetParameters', name })
      return [
        200,
        {
          Parameters: names.filter((n) => parameters.has(n)).map((n) => view(parameters.get(n)!, input.WithDecryption === true)),
          InvalidParameters: names.filter((n) => !parameters.has(n)),
        },
      ]
    },
    PutParameter(input) {
      const name = String(input.Name ?? '')
      if (!name || typeof input.Value !== 'string') return [400, { __type: 'ValidationException', message: 'Name and Value are required.' }]
      if (parameters.has(name) && input.Overwrite !== true) {
        return [
          400,
          {
            __type: 'ParameterAlreadyExists',
            message: 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
          },
        ]
      }
      return [200, { Tier: 'Standard', Version: put(name, input.Value, (input.Type as ParameterType) ?? 'String') }]
    },
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req)
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': crypto.randomUUID() })
      res.end(JSON.stringify(payload))
    }
    const control = req.url?.match(/^\/__standin\/(\w+)/)?.[1]
    if (control) {
      if (control === 'calls') return send(200, log)
      if (control === 'outage' || control === 'throttle') failure = control
      else if (control === 'recover') failure = undefined
      else return send(404, { message: `no control ${control}` })
      return send(200, { failure: failure ?? null })
    }
    if (failure === 'outage') return send(500, { __type: 'InternalServerError', message: 'An internal error occurred (stand-in outage).' })
    if (failure === 'throttle') return send(400, { __type: 'ThrottlingException', message: 'Rate exceeded' })
    const target = String(req.headers['x-amz-target'] ?? '')
    const operation = operations[target.replace(/^AmazonSSM\./, '')]
    if (req.method !== 'POST' || !target.startsWith('AmazonSSM.') || !operation) {
      return send(400, { __type: 'UnknownOperationException', message: `Unsupported operation ${target}` })
    }
    let input: Record<string, unknown>
    try {
      input = body ? JSON.parse(body) : {}
    } catch {
      return send(400, { __type: 'SerializationException', message: 'Malformed request body' })
    }
    const [status, payload] = operation(input)
    send(status, payload)
  })
  server.listen(options.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo

  return {
    endpoint: `http://127.0.0.1:${port}`,
    put: (name, value, type) => void put(name, value, type),
    outage: () => (failure = 'outage'),
    throttle: () => (failure = 'throttle'),
    recover: () => (failure = undefined),
    calls: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
