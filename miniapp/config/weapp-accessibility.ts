import path from 'node:path'
import accessibility from './weapp-accessibility.json'

/**
 * WeChat's screen reader reads `aria-*` and `aria-role` from the WXML (基础库 ≥ 2.7.1), but Taro's weapp templates
 * only pass the attributes in its component table, and aria is not among them. weapp-accessibility.json is what to add
 * (component → attribute → '', Taro's "no default": the template passes the value as it is, `{{i.pN}}`).
 *
 * This Taro plugin merges it into the table the templates are written from and names `role` `aria-role` in the WXML
 * (the components keep `role`, which H5 needs); src/platform/weapp-accessibility-runtime.ts, which it adds to the
 * runtime modules every app entry imports, merges the same table into the runtime's copy, so both number the
 * attributes alike. Through Taro's own extension points: `onSetupClose` runs once the platform has set up its
 * template, whose `mergeComponents` adds attributes and whose `replacePropName` names them.
 *
 * Only the attributes the pages use, since each is repeated in every nesting level's template of the main package;
 * Text nests deepest, so it takes only what text carries (a role, a name, hidden, live). The compiled-template test
 * (test/weapp/compiled-templates.test.ts) fails when a page uses one not listed.
 */
interface PluginContext {
  registerMethod(name: string, fn: (platform: MiniPlatform) => void): void
}
interface MiniPlatform {
  platformType: string
  runtimePath: string | string[]
  template: {
    mergeComponents(ctx: PluginContext, patch: Record<string, Record<string, string>>): void
    replacePropName(name: string, value: string, componentName: string, componentAlias: unknown): string
  }
}

const ROLE = { prop: 'role', attribute: 'aria-role' } as const
const RUNTIME = path.resolve(__dirname, '../src/platform/weapp-accessibility-runtime.ts')

export default (ctx: PluginContext) => {
  ctx.registerMethod('onSetupClose', (platform) => {
    if (platform.platformType !== 'mini') return
    const { template } = platform
    template.mergeComponents(ctx, accessibility)
    const replacePropName = template.replacePropName.bind(template)
    template.replacePropName = (name, value, componentName, componentAlias) =>
      name === ROLE.prop ? ROLE.attribute : replacePropName(name, value, componentName, componentAlias)
    platform.runtimePath = [platform.runtimePath, RUNTIME].flat()
  })
}
