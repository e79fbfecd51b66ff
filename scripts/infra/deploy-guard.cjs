'use strict'

/**
 * An osls plugin: `osls package` (and so `osls deploy`) of a stage that deploys to AWS (`params.<stage>.cloud`)
 * refuses to build while a setting without a safe default is missing, instead of deploying a stack whose every
 * sign-in fails. The stages that run on this machine (local, test, staging) set `cloud: false`.
 */
class DeployGuard {
  constructor(serverless) {
    this.serverless = serverless
    this.hooks = { 'before:package:initialize': () => this.check() }
  }

  check() {
    const service = this.serverless.service
    const guard = service.custom?.deployGuard ?? {}
    if (guard.cloud !== true && guard.cloud !== 'true') return
    const env = service.provider.environment ?? {}
    const problems = []
    if (!/^wx[0-9a-f]{16}$/i.test(String(env.WECHAT_APP_ID ?? ''))) {
      problems.push("WECHAT_APP_ID: export the mini-program's AppID (wx + 16 hex characters)")
    }
    if (!/^https:\/\/[^\s/]+$/.test(String(guard.webOrigin ?? ''))) {
      problems.push("WEB_ORIGIN: export the H5 site's origin, https://… without a path (CORS)")
    }
    if (!/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/.test(String(env.JWT_PUBLIC_KEY ?? ''))) {
      problems.push(
        `JWT_PUBLIC_KEY: put an ES256 SPKI PEM in SSM at /doorstep/${this.serverless.getProvider('aws').getStage()}/jwt-public-key`,
      )
    }
    if (problems.length > 0) {
      throw new this.serverless.classes.Error(
        `Refusing to package stage "${this.serverless.getProvider('aws').getStage()}" for AWS:\n  - ${problems.join('\n  - ')}`,
      )
    }
  }
}

module.exports = DeployGuard
