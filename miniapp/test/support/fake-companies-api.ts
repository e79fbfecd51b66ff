import * as v from 'valibot'
import {
  type Actor,
  addDays,
  blockersOf,
  type CaseNote,
  CaseNoteBody,
  type CompanyCase,
  CompanyCreate,
  type CompanyDashboard,
  type CompanySummary,
  daysBetween,
  EmployeeEdit,
  EmployeeInput,
  type EmployeeListItem,
  endpoints,
  isBlocked,
  maskIdNumber,
  maskPhone,
  type Me,
  ONBOARDING_PROMISE_MINUTES,
  ONBOARDING_TEMPLATE,
  REGISTRATION_DUE_DAYS,
  scopeCovers,
  shanghaiDate,
  StepCompleteBody,
  StewardAssignBody,
  type Steward,
  VISIT_ITEM_NAMES,
  VisitLogBody,
  type StepPlace,
  subDistrictDeskId,
  subDistrictName,
  BANK_DESK,
  caseSteps,
} from '@doorstep/shared'
import type { TransportRequest, TransportResponse } from '@/shared/api/transport'
import { createFakeSubscriptions } from './fake-subscriptions'
import { createFakeTransport, invalid, methodAndPath, ok, problem, routeOf } from './fake-api'

interface CaseRecord extends CompanyCreate {
  id: string
  ownerId: string
  createdAt: string
  steps: Record<string, { completedAt: string; completedBy: Actor; note?: string }>
  notes: CaseNote[]
  deskStartedAt?: string
  completedAt?: string
  steward?: Steward
}

/** The staff accounts a desk may name as 用工管家 (desk or grid accounts), with their display names. */
const STEWARD_ACCOUNTS: Record<string, string> = {
  'grid.pingjianglu': '平江路社区第1网格网格员（示例）',
  'desk.sujin': '苏锦街道用工管家（示例）',
}

interface EmployeeRecord extends EmployeeInput {
  id: string
  addedAt: string
}

const COLUMNS: Record<string, keyof EmployeeInput> = {
  姓名: 'name',
  身份证号码: 'idNumber',
  手机号码: 'phone',
  入职日期: 'hiredOn',
  已签劳动合同: 'contractSigned',
  合同到期日: 'contractEndsOn',
}

/**
 * An in-memory stand-in for the company-onboarding routes with the API's contract (docs/api.md):
 * create (422 naming fields, 409 one active case per credit code), owner-or-desk-in-scope access (404 otherwise),
 * step completion against the template's DAG (409 naming what is open or who did it), notes, the roster with masked
 * lists, CSV import (all or nothing → 422 with the row report; `valid` imports the good rows), the desk list and the
 * dashboard figures. Bearer tokens are looked up in `people`. `now` is the clock, `advanceSeconds` moves it.
 */
/** The routes of one company case (`{id}`), served after the case is found and the caller may work on it. */
const CASE_ROUTES = [
  endpoints.companiesGet,
  endpoints.companiesCompleteStep,
  endpoints.companiesAddNote,
  endpoints.companiesEmployeesList,
  endpoints.companiesEmployeesAdd,
  endpoints.companiesEmployeesImport,
  endpoints.companiesEmployeesEdit,
  endpoints.companiesEmployeesRemove,
  endpoints.companiesAssignSteward,
  endpoints.companiesLogVisit,
]

/** The template id the fake deployment uses for registration-deadline reminders. */
export const DEADLINE_TEMPLATE = 'tmpl-company-deadline'

export function createFakeCompaniesApi({ people, now: start = '2026-12-01T01:00:00.000Z' }: { people: Record<string, Me>; now?: string }) {
  const cases = new Map<string, CaseRecord>()
  const rosters = new Map<string, EmployeeRecord[]>()
  let now = Date.parse(start)
  let issued = 0
  const iso = () => new Date(now).toISOString()
  let figures: CompanyDashboard = {
    weeks: [],
    perWeek: [],
    medianCompleteMinutes: null,
    completedCount: 0,
    overdueRegistrations: 0,
    stewards: [],
  }

  const api = createFakeTransport(methodAndPath, (request, url) => route(request, url))
  /** Registration-deadline reminders by WeChat: the one template this deployment sends for companies. */
  const subscriptions = createFakeSubscriptions([{ kind: 'company-deadline', templateId: DEADLINE_TEMPLATE }])

  function route(request: TransportRequest, url: URL): TransportResponse {
    const token = /^Bearer (\S+)$/.exec(request.headers.Authorization ?? '')?.[1]
    const me = token ? people[token] : undefined
    if (!me) return problem(401, '未登录或登录已过期')
    const on = routeOf(request, url)
    if (on(endpoints.inboxSubscriptions)) return me.kind === 'user' ? ok(subscriptions.settingsOf(me.userId)) : problem(403, '无权访问')
    if (on(endpoints.inboxAnswerSubscriptions))
      return me.kind === 'user' ? subscriptions.answer(me.userId, request.body) : problem(403, '无权访问')

    if (on(endpoints.companiesCreate)) return me.kind === 'user' ? create(request.body, me.userId) : problem(403, '无权访问')
    if (on(endpoints.companiesMine)) {
      if (me.kind !== 'user') return problem(403, '无权访问')
      const items = [...cases.values()]
        .filter((c) => c.ownerId === me.userId)
        .reverse()
        .map(summary)
      return ok({ items })
    }
    if (on(endpoints.companiesDeskList)) return deskList(me, url.searchParams)
    if (on(endpoints.companiesDashboard)) return dashboard(me)

    const params: { id: string; stepId?: string; employeeId?: string } | undefined = CASE_ROUTES.map(on).find(Boolean)
    if (!params) return problem(404, '没有找到')
    const record = cases.get(params.id)
    if (!record || !canWorkOn(me, record)) return problem(404, '没有找到', '没有找到这个开办事项')
    const roster = rosters.get(record.id)!

    if (on(endpoints.companiesGet)) return ok(view(record))
    const step = on(endpoints.companiesCompleteStep)
    if (step) return complete(record, step.stepId, request.body, me)
    if (on(endpoints.companiesAddNote)) return addNote(record, request.body, me)
    if (on(endpoints.companiesAssignSteward)) {
      const parsed = v.safeParse(StewardAssignBody, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const name = STEWARD_ACCOUNTS[parsed.output.staffId]
      if (!name) return problem(422, '提交的内容有误', undefined, [{ path: 'body.staffId', message: '请选择在岗的窗口人员或网格员' }])
      record.steward = { staffId: parsed.output.staffId, name, contact: parsed.output.contact, assignedAt: iso() }
      return ok(view(record))
    }
    if (on(endpoints.companiesLogVisit)) {
      const parsed = v.safeParse(VisitLogBody, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const done = parsed.output.did.map((item) => VISIT_ITEM_NAMES[item])
      record.notes.push({
        at: iso(),
        by: actorOf(me),
        text: `走访：${done.join('、')}。${parsed.output.text}`,
        visit: { did: parsed.output.did },
      })
      return ok(view(record))
    }
    if (on(endpoints.companiesEmployeesList)) return ok({ items: roster.map(listItem) })
    if (on(endpoints.companiesEmployeesAdd)) return addEmployee(roster, request.body)
    if (on(endpoints.companiesEmployeesImport)) return importCsv(roster, request.body, url.searchParams.get('mode') ?? 'all')
    const employee = params.employeeId ? roster.find((e) => e.id === params.employeeId) : undefined
    if (params.employeeId && !employee) return problem(404, '没有找到', '名册中没有这名员工')
    if (on(endpoints.companiesEmployeesEdit) && employee) {
      const parsed = v.safeParse(EmployeeEdit, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      delete employee.contractEndsOn
      Object.assign(employee, parsed.output)
      return ok(listItem(employee))
    }
    if (on(endpoints.companiesEmployeesRemove) && employee) {
      roster.splice(roster.indexOf(employee), 1)
      return { status: 204, body: null }
    }
    return problem(404, '没有找到')
  }

  function canWorkOn(me: Me, record: CaseRecord): boolean {
    if (me.kind === 'user') return me.userId === record.ownerId
    return (
      (me.role === 'desk' || me.role === 'admin') && scopeCovers(me.scope, { subDistrict: record.subDistrict, stationId: record.stationId })
    )
  }

  function create(body: unknown, ownerId: string): TransportResponse {
    const parsed = v.safeParse(CompanyCreate, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    if ([...cases.values()].some((c) => c.creditCode === parsed.output.creditCode && !c.completedAt))
      return problem(409, '与当前状态冲突', '这家企业已有进行中的开办事项', [
        { path: 'body.creditCode', message: '该统一社会信用代码已有进行中的开办事项' },
      ])
    const id = `00000000-0000-4000-8000-${String(++issued).padStart(12, '0')}`
    const opening = Object.fromEntries(
      ONBOARDING_TEMPLATE.filter((s) => s.doneAtCreation).map((s) => [
        s.id,
        { completedAt: iso(), completedBy: { kind: 'owner' as const, id: ownerId } },
      ]),
    )
    const record: CaseRecord = { ...parsed.output, id, ownerId, createdAt: iso(), steps: opening, notes: [] }
    cases.set(id, record)
    rosters.set(id, [])
    return ok(view(record), 201)
  }

  function complete(record: CaseRecord, stepId: string, body: unknown, me: Me): TransportResponse {
    const step = ONBOARDING_TEMPLATE.find((s) => s.id === stepId)
    if (!step) return problem(404, '没有找到', '没有这个办理步骤')
    const parsed = v.safeParse(StepCompleteBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const done = record.steps[stepId]
    if (done)
      return problem(409, '与当前状态冲突', `「${step.title}」已于 ${done.completedAt} 办结`, [{ path: 'stepId', message: '该步骤已办结' }])
    const blockers = blockersOf(step, ONBOARDING_TEMPLATE, (id) => (record.steps[id] ? 'done' : 'open'), rosters.get(record.id)!.length)
    if (isBlocked(blockers)) {
      return problem(409, '与当前状态冲突', `「${step.title}」还不能办理`, [
        ...blockers.steps.map((s) => ({ path: `steps.${s.id}`, message: `「${s.title}」尚未完成` })),
        ...(blockers.employeesMissing ? [{ path: 'employees', message: `还差 ${blockers.employeesMissing} 名员工` }] : []),
      ])
    }
    record.steps[stepId] = { completedAt: iso(), completedBy: actorOf(me), ...(parsed.output.note ? { note: parsed.output.note } : {}) }
    if (me.kind === 'staff' && !record.deskStartedAt) record.deskStartedAt = iso()
    if (ONBOARDING_TEMPLATE.every((s) => record.steps[s.id])) record.completedAt = iso()
    return ok(view(record))
  }

  function addNote(record: CaseRecord, body: unknown, me: Me): TransportResponse {
    const parsed = v.safeParse(CaseNoteBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    record.notes.push({ at: iso(), by: actorOf(me), ...parsed.output })
    return ok(view(record))
  }

  function addEmployee(roster: EmployeeRecord[], body: unknown): TransportResponse {
    const parsed = v.safeParse(EmployeeInput, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    if (roster.some((e) => e.idNumber === parsed.output.idNumber))
      return problem(409, '与当前状态冲突', '这名员工已在名册中', [{ path: 'body.idNumber', message: '该身份证号码已在名册中' }])
    const record: EmployeeRecord = {
      ...parsed.output,
      id: parsed.output.idNumber.padStart(24, '0').slice(-24).toLowerCase().replace('x', 'a'),
      addedAt: iso(),
    }
    roster.push(record)
    return ok(listItem(record), 201)
  }

  /** A plain CSV reader (no quoted commas): enough for the rosters the page tests paste. */
  function importCsv(roster: EmployeeRecord[], body: unknown, mode: string): TransportResponse {
    const csv = (body as { csv?: unknown } | null)?.csv
    if (typeof csv !== 'string' || !csv.trim())
      return problem(422, '提交的内容有误', '请检查标出的内容', [{ path: 'body.csv', message: '文件是空的' }])
    const [header = '', ...lines] = csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim())
    const columns = header.split(',').map((c) => COLUMNS[c.trim()])
    if (columns.some((c) => !c)) return problem(422, '提交的内容有误', '请检查标出的内容', [{ path: 'body.csv', message: '表头不对' }])
    const seen = new Set(roster.map((e) => e.idNumber))
    const rows = lines.map((line, i) => {
      const cells = line.split(',').map((c) => c.trim())
      const raw: Record<string, unknown> = {}
      columns.forEach((column, j) => {
        const cell = cells[j] ?? ''
        if (column === 'contractSigned') raw[column] = cell === '是' ? true : cell === '否' ? false : cell
        else if (cell) raw[column!] = cell
      })
      const parsed = v.safeParse(EmployeeInput, raw)
      const errors = parsed.success ? [] : parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'row', detail: issue.message }))
      if (parsed.success && seen.has(parsed.output.idNumber)) errors.push({ field: 'idNumber', detail: '身份证号码重复' })
      if (parsed.success) seen.add(parsed.output.idNumber)
      return {
        row: i + 2,
        ok: errors.length === 0,
        ...(errors.length ? { errors } : {}),
        input: parsed.success ? parsed.output : undefined,
      }
    })
    const report = rows.map(({ input: _input, ...row }) => row)
    const bad = rows.filter((r) => !r.ok).length
    if (mode === 'all' && bad > 0) {
      const response = problem(422, '提交的内容有误', `有 ${bad} 行有问题，没有导入`)
      return { ...response, body: { ...(response.body as object), rows: report, imported: 0, skipped: rows.length } }
    }
    for (const row of rows)
      if (row.input) roster.push({ ...row.input, id: `e${String(roster.length + 1).padStart(23, '0')}`, addedAt: iso() })
    return ok({ imported: rows.length - bad, skipped: bad, rows: report })
  }

  function deskList(me: Me, params: URLSearchParams): TransportResponse {
    if (me.kind !== 'staff' || (me.role !== 'desk' && me.role !== 'admin')) return problem(403, '无权访问')
    const subDistrict = params.get('subDistrict') ?? undefined
    if (me.scope.kind === 'district' && !subDistrict)
      return problem(400, '请求参数有误', '请选择街道', [{ path: 'query.subDistrict', message: '请选择街道' }])
    const items = [...cases.values()]
      .filter((c) => canWorkOn(me, c) && (!subDistrict || c.subDistrict === subDistrict))
      .reverse()
      .map(summary)
    return ok({ items })
  }

  function dashboard(me: Me): TransportResponse {
    if (me.kind !== 'staff') return problem(403, '无权访问')
    return ok(figures)
  }

  /** As the API names it: the chosen station, else the sub-district centre (named as the sample catalogue names it). */
  function deskOf(record: CaseRecord): StepPlace {
    if (record.stationId === BANK_DESK.stationId) return { kind: 'station', ...BANK_DESK }
    if (record.stationId) return { kind: 'station', stationId: record.stationId, name: record.stationId }
    const name = `${subDistrictName(record.subDistrict)}便民服务中心人社窗口`
    return { kind: 'station', stationId: subDistrictDeskId(record.subDistrict), name }
  }

  function view(record: CaseRecord): CompanyCase {
    const { ownerId: _o, steps: done, notes, deskStartedAt, completedAt, ...company } = record
    const count = ONBOARDING_TEMPLATE.filter((s) => done[s.id]).length
    const elapsed = deskStartedAt
      ? Math.round(((completedAt ? Date.parse(completedAt) : now) - Date.parse(deskStartedAt)) / 1000)
      : undefined
    return {
      ...company,
      status: completedAt ? 'completed' : 'active',
      ...(completedAt ? { completedAt } : {}),
      steps: caseSteps(ONBOARDING_TEMPLATE, done, deskOf(record)),
      progress: { done: count, total: ONBOARDING_TEMPLATE.length, percent: Math.round((count / ONBOARDING_TEMPLATE.length) * 100) },
      employeeCount: rosters.get(record.id)!.length,
      notes: [...notes],
      timing: {
        promiseMinutes: ONBOARDING_PROMISE_MINUTES,
        deskStartedAt,
        completedAt,
        ...(elapsed === undefined ? {} : { elapsedSeconds: elapsed, withinPromise: elapsed <= ONBOARDING_PROMISE_MINUTES * 60 }),
      },
      deadline: deadlineOf(record),
    }
  }

  function summary(record: CaseRecord): CompanySummary {
    const { id, name, creditCode, subDistrict, stationId, createdAt, completedAt } = record
    const { progress, status } = view(record)
    return {
      id,
      name,
      creditCode,
      subDistrict,
      ...(stationId ? { stationId } : {}),
      createdAt,
      ...(completedAt ? { completedAt } : {}),
      progress,
      status,
      deadline: deadlineOf(record),
    }
  }

  function deadlineOf(record: CaseRecord) {
    const dueOn = addDays(record.foundedOn, REGISTRATION_DUE_DAYS)
    const done = Boolean(record.steps['social-insurance-account'])
    const daysLeft = daysBetween(shanghaiDate(new Date(now)), dueOn)
    return { dueOn, done, daysLeft, overdue: !done && daysLeft < 0 }
  }

  return {
    ...api,
    /** What the people consented to, as the API keeps it. */
    subscriptions,
    /** Moves the fake clock, e.g. the minutes a desk takes between two steps. */
    advanceSeconds(seconds: number) {
      now += seconds * 1000
    },
    /** Sets what GET /v1/admin/companies/dashboard answers. */
    setDashboard(next: CompanyDashboard) {
      figures = next
    },
    /** The case with this credit code, as its owner would see it. */
    caseByCreditCode(code: string) {
      const record = [...cases.values()].find((c) => c.creditCode === code)
      return record && view(record)
    },
  }
}

function actorOf(me: Me): Actor {
  return me.kind === 'user' ? { kind: 'owner', id: me.userId } : { kind: 'staff', id: me.staffId, name: me.displayName }
}

function listItem({ idNumber, phone, ...rest }: EmployeeRecord): EmployeeListItem {
  return { ...rest, idNumberMasked: maskIdNumber(idNumber), phoneMasked: maskPhone(phone) }
}

export type FakeCompaniesApi = ReturnType<typeof createFakeCompaniesApi>
