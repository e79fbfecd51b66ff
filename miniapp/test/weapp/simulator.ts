/**
 * The compiled weapp (dist/weapp) running in miniprogram-simulate, talking to the real local stack.
 *
 * WeChat's side of the phone is played here, each part keeping the contract the app relies on:
 *   wx.request   → a real HTTP call to the stack's API (the build's API base, 127.0.0.1:3000, is mapped to the
 *                  stack's own port, as a proxy would)
 *   wx.login     → a one-time code from the WeChat stand-in for the named person, which code2Session accepts
 *   wx.*Storage* → one phone's storage, kept across launches of the app
 *   navigateTo & co, showModal, showToast, requestSubscribeMessage → recorded, answered as a person would
 * Each `launch` starts the mini-program afresh (new app.js, new Taro runtime) on that phone, so the session and
 * preferences a page starts with are what storage holds, exactly as when a person opens it.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
// A string, not new URL(): under jsdom the global URL is jsdom's, which fileURLToPath rejects.
export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/weapp')
const BUILD_API_BASE = 'http://127.0.0.1:3000'

interface Simulate {
  load(componentPath: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string): SimulatedRoot
  sleep(ms: number): Promise<void>
}
interface SimulatedRoot {
  dom: HTMLElement
  data: Record<string, unknown>
  instance: Record<string, unknown>
  attach(parent: Element): void
  detach(): void
  querySelector(selector: string): { dispatchEvent(name: string, options?: { detail?: unknown }): void } | undefined
  triggerPageLifeTime?(name: string): void
}
/** What j-component keeps on each rendered element: the WXML attributes and event bindings it was rendered from. */
interface RenderedNode {
  id: string
  _vt?: { tagName: string; attrs: { name: string; value: unknown }[]; event: Record<string, { name: string }> }
}

type Options = Record<string, unknown>
type Callbacks = { success?(res: unknown): void; fail?(err: unknown): void; complete?(res: unknown): void }

export interface Navigation {
  kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'
  url?: string
}

export interface PhoneOptions {
  apiUrl: string
  weChatStandIn: string
  /** The WeChat user on this phone: whose wx.login codes the stand-in gives. */
  person?: string
}

export class Phone {
  readonly storage = new Map<string, unknown>()
  readonly navigations: Navigation[] = []
  readonly toasts: string[] = []
  readonly modals: string[] = []
  readonly requests: { method: string; url: string; status: number }[] = []
  /** Where the phone is (near 观前街), for wx.getLocation. */
  position = { latitude: 31.3118, longitude: 120.6262 }
  /** Whether the person has agreed to the privacy guide (WeChat remembers it per person and mini-program). */
  privacyAgreed = false
  /** Ids of the open-type="agreePrivacyAuthorization" buttons the person tapped: WeChat checks the one named. */
  readonly agreeButtonsTapped = new Set<string>()
  privacyListener: ((resolve: (answer: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void) | undefined
  readonly privacyExposures: string[] = []
  /** Files the person has in their WeChat chats, by name: what wx.chooseMessageFile offers (the first one is chosen). */
  readonly chatFiles = new Map<string, string>()
  /** What wx.openLocation was asked to show (WeChat's map, from which a navigation app is picked). */
  readonly openedLocations: Options[] = []
  private simulate: Simulate | undefined
  private pages: SimPage[] = []

  constructor(private readonly options: PhoneOptions) {
    openPhones.add(this)
  }

  get person() {
    return this.options.person ?? '模拟器居民'
  }

  /** Opens `pagePath` (as app.json names it) with `query` in a freshly launched mini-program. */
  async launch(pagePath: string, query: Record<string, string> = {}): Promise<SimPage> {
    this.closeAll()
    this.simulate ??= loadSimulate()
    installGlobals(this)
    for (const key of Object.keys(require.cache)) if (key.startsWith(DIST)) delete require.cache[key]
    require(path.join(DIST, 'app.js'))
    return this.open(pagePath, query)
  }

  /** Opens a page in the running app, on top of the others (navigateTo). */
  async open(pagePath: string, query: Record<string, string> = {}): Promise<SimPage> {
    const simulate = this.simulate!
    pendingRoute = { route: pagePath, query }
    const id = simulate.load(path.join(DIST, pagePath), { rootPath: DIST, compiler: 'official' })
    const root = simulate.render(id)
    root.attach(document.createElement('parent-wrapper'))
    const page = new SimPage(this, root, pagePath, query)
    this.pages.push(page)
    await page.settle()
    return page
  }

  /** Follows the last navigation the app asked for (navigateTo/redirectTo/reLaunch). */
  async follow(): Promise<SimPage> {
    const last = this.navigations.at(-1)
    if (!last?.url) throw new Error(`no navigation to follow (navigations: ${JSON.stringify(this.navigations)})`)
    const [route, search = ''] = last.url.replace(/^\//, '').split('?')
    if (last.kind !== 'navigateTo') this.closeAll()
    return this.open(route!, Object.fromEntries(new URLSearchParams(search)))
  }

  currentPages(): SimPage[] {
    return this.pages
  }

  back() {
    this.pages.pop()?.close()
  }

  closeAll() {
    while (this.pages.length) this.back()
  }

  /** wx.request: the real API over HTTP. */
  async request(options: Options & Callbacks): Promise<void> {
    const method = String(options.method ?? 'GET').toUpperCase()
    const url = String(options.url).replace(BUILD_API_BASE, this.options.apiUrl)
    const headers = { ...(options.header as Record<string, string> | undefined) }
    let body: string | undefined
    if (options.data !== undefined && method !== 'GET')
      body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data)
    try {
      const response = await fetch(url, { method, headers, body })
      const text = await response.text()
      let data: unknown = text
      if (options.dataType !== 'text') {
        try {
          data = JSON.parse(text)
        } catch {
          data = text
        }
      }
      this.requests.push({ method, url: url.replace(this.options.apiUrl, ''), status: response.status })
      const res = { data, statusCode: response.status, header: Object.fromEntries(response.headers), cookies: [], errMsg: 'request:ok' }
      options.success?.(res)
      options.complete?.(res)
    } catch (error) {
      const err = { errMsg: `request:fail ${(error as Error).message}` }
      options.fail?.(err)
      options.complete?.(err)
    }
  }

  /**
   * What WeChat does before a privacy-guarded API runs: nothing once the person agreed; otherwise it holds the call,
   * hands the mini-program's listener a `resolve`, and goes on after `agree` (naming an agree button that was tapped)
   * or fails the call after `disagree`.
   */
  async privacyCheck(api: string): Promise<void> {
    if (this.privacyAgreed) return
    const refused = new Error(`${api}:fail privacy permission is not authorized`)
    if (!this.privacyListener) throw refused
    await new Promise<void>((resolve, reject) => {
      this.privacyListener!(
        (answer) => {
          if (answer.event === 'exposureAuthorization') return void this.privacyExposures.push(api)
          if (answer.event === 'agree' && answer.buttonId && this.agreeButtonsTapped.has(answer.buttonId)) {
            this.privacyAgreed = true
            return resolve()
          }
          reject(answer.event === 'agree' ? new Error(`${api}:fail the agree button ${answer.buttonId} was not tapped`) : refused)
        },
        { referrer: api },
      )
    })
  }

  /** wx.login: the stand-in's one-time code for this phone's person. */
  async loginCode(): Promise<string> {
    return (await this.standIn<{ code: string }>('login', { name: this.person })).code
  }

  async standIn<T>(control: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.options.weChatStandIn}/__standin/${control}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return (await response.json()) as T
  }
}

const openPhones = new Set<Phone>()

/**
 * After each test (test files call it in afterEach): every page unloads, and the app's last timers (Taro's batched
 * updates, a pending request) run while the simulated window still exists.
 */
export async function closePhones() {
  for (const phone of openPhones) phone.closeAll()
  openPhones.clear()
  await sleep(100)
}

/** One rendered page: what a person (and WeChat's screen reader) finds on it, and how to use it. */
export class SimPage {
  constructor(
    readonly phone: Phone,
    private readonly root: SimulatedRoot,
    readonly path: string,
    readonly query: Record<string, string>,
  ) {}

  get dom(): HTMLElement {
    return this.root.dom
  }

  text(): string {
    return this.root.dom.textContent ?? ''
  }

  /** Waits for Taro's batched setData and the page's requests to land (the API answers in tens of ms locally). */
  async settle(ms = 60) {
    await sleep(ms)
  }

  async waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const started = Date.now()
    while (!predicate()) {
      if (Date.now() - started > timeoutMs) {
        throw new Error(`${this.path}: ${what} did not happen within ${timeoutMs} ms. The page shows: ${this.text().slice(0, 500)}`)
      }
      await sleep(25)
    }
  }

  waitForText(text: string, timeoutMs?: number) {
    return this.waitFor(() => this.text().includes(text), `“${text}” to show`, timeoutMs)
  }

  /** Loaded: no loading state left, and the page's h1 is there. */
  async ready(timeoutMs?: number) {
    await this.waitFor(
      () =>
        this.elements().some((e) => e.role === 'heading' && e.attrs['aria-level'] === 1) && !this.dom.querySelector('.state-view--loading'),
      'the page to load (an h1, no loading state)',
      timeoutMs,
    )
  }

  /** How deep the page's element tree nests, as Taro hands it to the templates (setData's `root`). */
  nestingDepth(): number {
    type Node = { cn?: Node[] }
    const depth = (node: Node): number => 1 + Math.max(0, ...(node.cn ?? []).map(depth))
    return depth(this.root.data.root as Node) - 1
  }

  /** Every rendered element with what WeChat's screen reader gets from it. */
  elements(): ReadElement[] {
    const found: ReadElement[] = []
    const walk = (el: Element, hidden: boolean) => {
      const node = (el as unknown as { __wxElement?: RenderedNode }).__wxElement
      const vt = node?._vt
      const attrs: Record<string, unknown> = {}
      for (const { name, value } of vt?.attrs ?? []) if (value !== '' && value !== undefined && value !== null) attrs[dashed(name)] = value
      const isHidden = hidden || attrs['aria-hidden'] === true || attrs['aria-hidden'] === 'true'
      if (vt && node) {
        const tag = el.tagName.toLowerCase().replace(/^wx-/, '')
        found.push({
          element: el,
          id: node.id,
          tag,
          role: typeof attrs['aria-role'] === 'string' ? attrs['aria-role'] : undefined,
          attrs,
          hidden: isHidden,
          tappable: 'tap' in vt.event || tag === 'button',
          name: accessibleName(el, attrs),
        })
      }
      for (const child of Array.from(el.children)) walk(child, isHidden)
    }
    walk(this.dom, false)
    return found
  }

  /** Tappable elements WeChat's screen reader would announce without a name (empty label and no readable text). */
  unnamedControls(): string[] {
    return this.elements()
      .filter((e) => e.tappable && !e.hidden && !e.name)
      .map((e) => `<${e.tag}${e.role ? ` aria-role="${e.role}"` : ''} class="${String(e.attrs.class ?? '')}">`)
  }

  /** The element a screen reader announces as `name` (its label or its text), a control unless `any`. */
  find(name: string | RegExp, options: { any?: boolean } = {}): ReadElement {
    const matches = (e: ReadElement) =>
      !e.hidden && (options.any || e.tappable) && (typeof name === 'string' ? e.name === name : name.test(e.name))
    const found = this.elements().filter(matches)
    if (found.length === 0) {
      const names = this.elements()
        .filter((e) => e.tappable && !e.hidden)
        .map((e) => e.name)
      throw new Error(`${this.path}: no control named ${String(name)}. Controls: ${JSON.stringify(names)}`)
    }
    return found[0]!
  }

  /** Waits until a control a screen reader announces as `name` is on the page, and returns it. */
  async waitForControl(name: string | RegExp, timeoutMs?: number): Promise<ReadElement> {
    const named = (e: ReadElement) => e.tappable && !e.hidden && (typeof name === 'string' ? e.name === name : name.test(e.name))
    await this.waitFor(() => this.elements().some(named), `a control named ${String(name)} to show`, timeoutMs)
    return this.find(name)
  }

  /** A tap on the control a screen reader announces as `name`. */
  async tap(name: string | RegExp) {
    this.dispatch(this.find(name), 'tap', {})
    await this.settle()
  }

  /** Typing into the text field labelled `label` (its aria-label). */
  async type(label: string, value: string) {
    const field = this.elements().find((e) => (e.tag === 'input' || e.tag === 'textarea') && e.attrs['aria-label'] === label)
    if (!field) throw new Error(`${this.path}: no text field labelled ${label}`)
    this.dispatch(field, 'input', { value, cursor: value.length })
    await this.settle()
  }

  dispatch(target: ReadElement, event: string, detail: unknown) {
    const node = this.root.querySelector(`#${target.id}`)
    if (!node) throw new Error(`${this.path}: #${target.id} is not in the page`)
    node.dispatchEvent(event, { detail })
  }

  /** The person taps the privacy prompt's agree button (WeChat's open-type="agreePrivacyAuthorization"). */
  async agreeToPrivacy() {
    const button = this.elements().find((e) => e.attrs['open-type'] === 'agreePrivacyAuthorization' && !e.hidden)
    if (!button) throw new Error(`${this.path}: no privacy agree button. The page shows: ${this.text().slice(0, 300)}`)
    this.phone.agreeButtonsTapped.add(button.id)
    this.dispatch(button, 'agreeprivacyauthorization', {})
    await this.settle()
  }

  close() {
    try {
      ;(this.root.instance.onUnload as (() => void) | undefined)?.call(this.root.instance)
    } finally {
      this.root.detach()
    }
  }
}

export interface ReadElement {
  element: Element
  id: string
  tag: string
  role?: string
  attrs: Record<string, unknown>
  hidden: boolean
  tappable: boolean
  /** What a screen reader says for it: aria-label, else its readable text. */
  name: string
}

function accessibleName(el: Element, attrs: Record<string, unknown>): string {
  const label = attrs['aria-label']
  if (typeof label === 'string' && label.trim()) return label.trim()
  const read = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent ?? ''
    const wx = (node as unknown as { __wxElement?: RenderedNode }).__wxElement
    const hidden = wx?._vt?.attrs.some((a) => dashed(a.name) === 'aria-hidden' && (a.value === true || a.value === 'true'))
    if (hidden) return ''
    const inner = wx?._vt?.attrs.find((a) => dashed(a.name) === 'aria-label')?.value
    if (typeof inner === 'string' && inner.trim()) return inner
    return Array.from(node.childNodes).map(read).join('')
  }
  return read(el).replace(/\s+/g, ' ').trim()
}

/** wcc hands attributes over camel-cased (ariaLabel); WXML and WeChat's documentation name them aria-label. */
const dashed = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let pendingRoute: { route: string; query: Record<string, string> } | undefined

function loadSimulate(): Simulate {
  // jsdom's globals must exist before miniprogram-simulate (and its wcc wrapper) is required.
  return require('miniprogram-simulate') as Simulate
}

/** App(), Page(), getApp(), getCurrentPages() and the wx API this app uses, for one phone. */
function installGlobals(phone: Phone) {
  let app: Options = {}
  const asyncApi =
    <T>(run: (options: Options) => T | Promise<T>) =>
    (options: Options & Callbacks = {}) => {
      const done = Promise.resolve().then(() => run(options))
      // like WeChat (base library ≥ 2.10.2): called without a callback, an async API answers with a promise (Taro
      // promisifies only the APIs on its own list; chooseMessageFile is not on it)
      if (!options.success && !options.fail && !options.complete) return done
      void done.then(
        (res) => {
          options.success?.(res)
          options.complete?.(res)
        },
        (error: unknown) => {
          const err = { errMsg: (error as Error).message ?? String(error) }
          options.fail?.(err)
          options.complete?.(err)
        },
      )
    }
  const navigate = (kind: Navigation['kind']) =>
    asyncApi((options) => {
      phone.navigations.push({ kind, url: options.url as string | undefined })
      if (kind === 'navigateBack') phone.back()
      return { errMsg: `${kind}:ok` }
    })
  const guarded = <T>(api: string, run: (options: Options) => T) =>
    asyncApi(async (options) => {
      await phone.privacyCheck(api)
      return run(options)
    })
  const existing = (globalThis as { wx?: Options }).wx ?? {}
  const wx: Options = {
    ...existing,
    // Taro's webpack chunks register themselves here: a fresh launch starts with none.
    webpackJsonp: [],
    request(options: Options & Callbacks) {
      void phone.request(options)
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
    login: asyncApi(async () => ({ code: await phone.loginCode(), errMsg: 'login:ok' })),
    getStorageSync: (key: string) => (phone.storage.has(key) ? structuredClone(phone.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void phone.storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void phone.storage.delete(key),
    getStorage: asyncApi((o) => {
      if (!phone.storage.has(o.key as string)) throw new Error('getStorage:fail data not found')
      return { data: structuredClone(phone.storage.get(o.key as string)), errMsg: 'getStorage:ok' }
    }),
    setStorage: asyncApi((o) => void phone.storage.set(o.key as string, structuredClone(o.data))),
    removeStorage: asyncApi((o) => void phone.storage.delete(o.key as string)),
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack: navigate('navigateBack'),
    showToast: asyncApi((o) => void phone.toasts.push(String(o.title))),
    showModal: asyncApi((o) => {
      phone.modals.push(String(o.content ?? o.title))
      // the person confirms
      return { confirm: true, cancel: false, errMsg: 'showModal:ok' }
    }),
    onNeedPrivacyAuthorization: (listener: Phone['privacyListener']) => void (phone.privacyListener = listener),
    getLocation: guarded('getLocation', () => ({ ...phone.position, accuracy: 30, errMsg: 'getLocation:ok' })),
    openLocation: asyncApi((o) => {
      phone.openedLocations.push(o)
      return { errMsg: 'openLocation:ok' }
    }),
    setClipboardData: guarded('setClipboardData', () => ({ errMsg: 'setClipboardData:ok' })),
    chooseMessageFile: guarded('chooseMessageFile', () => {
      const chosen = [...phone.chatFiles][0]
      if (!chosen) throw new Error('chooseMessageFile:fail cancel')
      const [name, text] = chosen
      return {
        tempFiles: [{ path: `wxfile://tmp/${name}`, name, size: Buffer.byteLength(text), type: 'file', time: 0 }],
        errMsg: 'chooseMessageFile:ok',
      }
    }),
    getFileSystemManager: () => ({
      readFileSync(path: string) {
        const text = phone.chatFiles.get(path.replace('wxfile://tmp/', ''))
        if (text === undefined) throw new Error(`readFileSync:fail no such file ${path}`)
        return text
      },
    }),
    requestSubscribeMessage: asyncApi(async (o) => {
      // The person taps 允许 for every template asked about.
      return phone.standIn('subscribe', { name: phone.person, templateIds: o.tmplIds })
    }),
  }
  Object.assign(globalThis, {
    wx,
    App(options: Options) {
      app = options
      ;(options.onLaunch as ((this: Options, launch: Options) => void) | undefined)?.call(options, { path: pendingRoute?.route, query: {} })
      ;(options.onShow as ((this: Options, launch: Options) => void) | undefined)?.call(options, { path: pendingRoute?.route, query: {} })
    },
    getApp: () => app,
    getCurrentPages: () => phone.currentPages().map((p) => ({ route: p.path, options: p.query })),
    Page(options: Options) {
      const methods: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
      const { route, query } = pendingRoute ?? { route: '', query: {} }
      ;(globalThis as unknown as { Component(definition: Options): void }).Component({
        data: options.data ?? {},
        methods,
        lifetimes: {
          attached(this: { route?: string; __route__?: string; onLoad?(query: Options): void; onShow?(): void; onReady?(): void }) {
            this.route = route
            this.__route__ = route
            this.onLoad?.({ ...query })
            this.onShow?.()
            this.onReady?.()
          },
        },
      })
    },
  })
}
