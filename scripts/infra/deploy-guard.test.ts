import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { repoRoot } from '../local-stack/paths'
import { packageStage } from '../local-stack/serverless-config'

const DeployGuard = createRequire(import.meta.url)('./deploy-guard.cjs')
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n'

/** The plugin as osls constructs it, on a service with these settings. */
function guardOf(settings: { cloud: boolean; webOrigin: string; env: Record<string, string> }) {
  return new DeployGuard({
    service: { custom: { deployGuard: { cloud: settings.cloud, webOrigin: settings.webOrigin } }, provider: { environment: settings.env } },
    getProvider: () => ({ getStage: () => 'prod' }),
    classes: { Error },
  })
}

describe('packaging a stage for AWS', () => {
  it('refuses, naming each missing setting, when the app id and web origin are not exported', async () => {
    // into a folder of its own: packaging clears its output folder first, and .serverless/ is the test stage's template
    const error = await packageStage('prod', { WECHAT_APP_ID: '', WEB_ORIGIN: '' }, join(repoRoot, '.tmp', 'guard-package')).catch(
      (e: { stdout?: string }) => e,
    )
    expect(error?.stdout).toContain('Refusing to package stage "prod" for AWS')
    expect(error?.stdout).toContain('WECHAT_APP_ID: export the mini-program')
    expect(error?.stdout).toContain('WEB_ORIGIN: export the H5 site')
  }, 60_000)

  it('lets a stage with every setting through, and never stands in the way of the stages that run here', () => {
    const complete = { WECHAT_APP_ID: 'wx0123456789abcdef', JWT_PUBLIC_KEY: PUBLIC_KEY }
    expect(() => guardOf({ cloud: true, webOrigin: 'https://doorstep.gusu.example', env: complete }).check()).not.toThrow()
    expect(() =>
      guardOf({ cloud: true, webOrigin: 'https://doorstep.gusu.example', env: { ...complete, JWT_PUBLIC_KEY: '' } }).check(),
    ).toThrow('JWT_PUBLIC_KEY')
    expect(() => guardOf({ cloud: true, webOrigin: 'http://doorstep.gusu.example', env: complete }).check()).toThrow('WEB_ORIGIN')
    expect(() =>
      guardOf({
        cloud: true,
        webOrigin: 'https://doorstep.gusu.example',
        env: { ...complete, WECHAT_APP_ID: 'wx-app-id-not-set' },
      }).check(),
    ).toThrow('WECHAT_APP_ID')
    expect(() => guardOf({ cloud: false, webOrigin: '', env: {} }).check()).not.toThrow()
  })
})
