import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { oslsBin } from './serverless-config'
import { repoRoot } from './paths'

const GUARDIAN = join(repoRoot, 'scripts', 'local-stack', 'guardian.cjs')

export interface LocalApi {
  url: string
  stop(): Promise<void>
}

/**
 * The real handlers behind the HTTP API, run by serverless-offline from serverless.yml
 * (routes, environment and bundling exactly as deployed). Resolves once /v1/health answers.
 * serverless-offline runs under guardian.cjs, which stops its whole process group when this process goes away,
 * however it goes (Ctrl-C, SIGTERM, a crash, SIGKILL).
 */
export async function startApi(options: {
  stage: string
  port: number
  lambdaPort: number
  env: Record<string, string>
  onLog?: (line: string) => void
  timeoutMs?: number
}): Promise<LocalApi> {
  const child = spawn(process.execPath, [GUARDIAN, process.execPath, oslsBin, 'offline', 'start', '--stage', options.stage], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...options.env,
      API_PORT: String(options.port),
      ESBUILD_WORK_FOLDER: `.esbuild/${options.stage}-${options.port}`,
      LAMBDA_PORT: String(options.lambdaPort),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // a group of its own: a Ctrl-C or kill aimed at this process's group must leave it alive to clean up
    detached: process.platform !== 'win32',
  })
  // the channel is the guardian's lifeline to this process; it must not keep this process alive by itself
  child.unref()
  child.channel?.unref()
  const output: string[] = []
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue
      output.push(line)
      if (output.length > 200) output.shift()
      options.onLog?.(line)
    }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)

  const url = `http://127.0.0.1:${options.port}`
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 60_000)
  } catch (error) {
    await stopProcess(child)
    throw new Error(`${(error as Error).message}\n--- serverless-offline output ---\n${output.join('\n')}`, { cause: error })
  }
  return {
    url,
    stop: async () => {
      await stopProcess(child)
      await rm(join(repoRoot, '.esbuild', `${options.stage}-${options.port}`), { recursive: true, force: true })
    },
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serverless-offline exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/v1/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`API did not answer ${url}/v1/health within ${timeoutMs} ms`)
}

/** Asks the guardian to stop serverless-offline's group and waits for it; kills the guardian's group if it hangs. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, signal)
        else child.kill(signal)
      } catch {
        // already gone
      }
    }
    const force = setTimeout(() => kill('SIGKILL'), 8_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    kill('SIGTERM')
  })
}
