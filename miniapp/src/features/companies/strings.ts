import { VISIT_ITEM_NAMES, type VisitItem } from '@doorstep/shared'
import type { SaveFileResult } from '@/shared/files/types'
import { defineStrings } from '@/shared/i18n'
import type { CodeCheck } from './checks'
import type { Duration } from './format'

type StepState = 'done' | 'blocked' | 'ready'
type CodeKind = 'creditCode' | 'idNumber'
type Delivery = SaveFileResult

const zhDuration = ({ hours, minutes, seconds }: Duration) =>
  hours > 0 ? `${hours} 小时 ${minutes} 分` : `${minutes} 分 ${String(seconds).padStart(2, '0')} 秒`
const enDuration = ({ hours, minutes, seconds }: Duration) =>
  hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min ${String(seconds).padStart(2, '0')} s`

const ZH_CODE_NAME: Record<CodeKind, string> = { creditCode: '统一社会信用代码', idNumber: '身份证号码' }
const EN_CODE_NAME: Record<CodeKind, string> = { creditCode: 'The unified social credit code', idNumber: 'The ID number' }

/** Field names of the company and its employees (labels, the review page, the import report). */
export const fieldNames = defineStrings(
  {
    name: '企业名称',
    creditCode: '统一社会信用代码',
    legalRepresentative: '法定代表人',
    foundedOn: '成立日期',
    subDistrict: '所在街道',
    desk: '到哪里办理',
    address: '经营地址',
    contactPhone: '联系电话',
    expectedHeadcount: '预计招用员工人数',
    employeeName: '姓名',
    idNumber: '身份证号码',
    phone: '手机号码',
    hiredOn: '入职日期',
    contractSigned: '已签劳动合同',
    contractEndsOn: '合同到期日',
  },
  {
    name: 'Company name',
    creditCode: 'Unified social credit code',
    legalRepresentative: 'Legal representative',
    foundedOn: 'Date founded',
    subDistrict: 'Sub-district',
    desk: 'Where to do it',
    address: 'Business address',
    contactPhone: 'Contact phone',
    expectedHeadcount: 'Employees you expect to hire',
    employeeName: 'Name',
    idNumber: 'ID number',
    phone: 'Mobile number',
    hiredOn: 'Hire date',
    contractSigned: 'Labour contract signed',
    contractEndsOn: 'Contract end date',
  },
)

/** The column names of the roster CSV as the API reports them, in the interface language. */
const ZH_COLUMNS: Record<string, string> = {
  row: '整行',
  name: '姓名',
  idNumber: '身份证号码',
  phone: '手机号码',
  hiredOn: '入职日期',
  contractSigned: '已签劳动合同',
  contractEndsOn: '合同到期日',
}
const EN_COLUMNS: Record<string, string> = {
  row: 'Whole row',
  name: 'Name',
  idNumber: 'ID number',
  phone: 'Mobile number',
  hiredOn: 'Hire date',
  contractSigned: 'Contract signed',
  contractEndsOn: 'Contract end date',
  姓名: 'Name',
  身份证号码: 'ID number',
  手机号码: 'Mobile number',
  入职日期: 'Hire date',
  已签劳动合同: 'Contract signed',
  合同到期日: 'Contract end date',
}

/** Interface text of 企业开办一站式. Step titles, materials and station names come from the API (Chinese). */
export const strings = defineStrings(
  {
    // pages
    mineTitle: '企业开办一站式',
    mineIntro: '新开办的企业在这里登记，到银行网点或街道窗口一次办好社保开户、员工参保、社保卡等事项。',
    mineLoading: '正在加载您的开办事项…',
    mineFailed: '开办事项没有加载出来',
    mineEmpty: '您还没有开办事项',
    mineEmptyHelp: '领取营业执照后，点“开办新企业”登记，我们会列出接下来要办的每一步。',
    mineListLabel: '我的开办事项',
    startNew: '开办新企业',
    startTitle: '开办登记',
    startIntro: '分三步填写企业信息。提交后会生成一张办理清单，到窗口时出示即可。',
    stewardHeading: '用工管家',
    stewardIntro: '用工管家帮助企业签订劳动合同、建立职工名册、办理社保登记。',
    stewardOf: (name: string) => `您的用工管家：${name}`,
    stewardContact: (phone: string) => `联系电话：${phone}`,
    callSteward: '拨打电话',
    noSteward: '还没有分配用工管家',
    stewardAccount: '用工管家的工作账号',
    stewardPhone: '用工管家的联系电话',
    assignSteward: '分配用工管家',
    stewardAssigned: '已分配用工管家',
    visitHeading: '记录走访',
    visitText: '走访情况',
    visitLogged: '已记录走访',
    logVisit: '记录走访',
    visitItem: (item: VisitItem) => VISIT_ITEM_NAMES[item],
    stewardFill: '请填写账号和联系电话',
    visitFill: '请填写走访情况',
    caseTitle: '开办进度',
    caseLoading: '正在加载办理清单…',
    caseFailed: '办理清单没有加载出来',
    caseNotFound: '没有找到这个开办事项',
    caseNotFoundHelp: '它可能不属于当前登录的账号，或不在您的服务范围内。',
    employeesTitle: '员工名册',
    employeesOf: (name: string) => `${name}的职工名册`,
    deskTitle: '企业开办窗口',
    deskCaseTitle: '代企业办理',
    deskIntro: (name: string, scope: string) => `${name} · ${scope}。点开一家企业，按清单逐项办结。`,
    deskLoading: '正在加载开办事项…',
    deskFailed: '开办事项没有加载出来',
    deskEmpty: '服务范围内暂时没有开办事项',
    deskEmptyHelp: '企业在小程序里登记后，会出现在这里。',
    deskListLabel: '服务范围内的开办事项',
    chooseSubDistrictLabel: '选择街道',
    chooseSubDistrictFirst: '请先选择要查看的街道',
    moreFailed: '更多开办事项没有加载出来',

    // signing in
    signInCompany: '登录后办理企业开办',
    signInCompanyHelp: '请用企业经办人的微信登录，开办事项和员工名册只对本人和服务范围内的窗口工作人员可见。',
    signInDesk: '请先以工作人员身份登录',
    signInDeskHelp: '企业开办窗口仅供窗口、用工管家和区级管理员使用。',
    companyOnly: '这里是企业经办人办理的页面',
    deskOnly: '当前账号不能使用企业开办窗口',
    goSignIn: '去登录',
    signInAgain: '登录已过期，请重新登录后再试',

    // the case in a list
    caseActive: '办理中',
    caseCompleted: '已全部办结',
    creditCodeShort: (code: string) => `信用代码 ${code}`,
    openCase: '查看办理清单 ›',

    // progress and time
    progressLabel: '办理进度',
    progress: (done: number, total: number, percent: number) => `已办结 ${done}/${total} 项 · ${percent}%`,
    timingTitle: '办理用时与期限',
    elapsedDone: (d: Duration) => `全部办结，用时 ${zhDuration(d)}`,
    promiseKept: (minutes: number) => `在“${minutes} 分钟办结”的承诺之内`,
    promiseMissed: (minutes: number, over: Duration) => `超出“${minutes} 分钟办结”的承诺 ${zhDuration(over)}`,
    elapsedRunning: (d: Duration) => `窗口办理中，已用时 ${zhDuration(d)}`,
    startedAt: (at: string, minutes: number) => `${at}开始办理，承诺 ${minutes} 分钟内办结`,
    notStarted: (minutes: number) => `到窗口办理第一项时开始计时，承诺 ${minutes} 分钟内办结。`,
    deadlineDone: (dueOn: string) => `单位社保开户已办理（期限 ${dueOn}）`,
    deadlineLeft: (dueOn: string, days: number) =>
      days === 0 ? `单位社保开户今天（${dueOn}）到期，请尽快办理` : `单位社保开户须在${dueOn}前办理，还剩 ${days} 天`,
    deadlineOverdue: (dueOn: string, days: number) => `单位社保开户已逾期 ${days} 天（期限 ${dueOn}），请尽快到窗口办理`,

    // the checklist
    ownerIntro: '到窗口时出示这张清单，工作人员会按顺序逐项办结；您也可以自己标记线上办好的事项。',
    ownerIntroDone: '所有事项都已办结。职工名册可以随时在“员工名册”里更新和导出。',
    staffIntro: '您正在代企业办理：办结的每一项，企业在自己的小程序里会看到同样的进度。',
    companyFacts: '企业信息',
    employeesOnRoster: '名册中的员工',
    people: (n: number) => `${n} 人`,
    manageEmployees: '管理员工名册',
    checklistTitle: '办理清单',
    stepState: (state: StepState) => ({ done: '已办结', blocked: '等待前置事项', ready: '可以办理' })[state],
    materials: '需要带的材料',
    where: '在哪里办',
    online: (name: string) => `线上办理：${name}`,
    openStation: (name: string) => `查看服务站：${name}`,
    completedBy: (who: string, at: string) => `${who}于${at}办结`,
    completionNote: (note: string) => `办结备注：${note}`,
    byOwner: '企业经办人',
    byStaff: (name?: string) => (name ? `窗口工作人员 ${name}` : '窗口工作人员'),
    someone: '有人',
    waitingFor: '还不能办理，需要先：',
    waitingForStep: (title: string) => `办结「${title}」`,
    waitingForEmployees: (n: number) => `在员工名册中再添加 ${n} 名员工`,
    addEmployees: '去添加员工',
    addEmployeesFor: (title: string) => `去添加员工，以便办理「${title}」`,
    complete: '办结',
    confirmComplete: '确认办结',
    completionNoteLabel: '办结备注（可不填，如单位社保编号）',
    writeNote: '写备注',
    noteLabel: '备注',
    saveNote: '保存备注',
    saving: '正在保存…',
    cancel: '取消',
    on: (action: string, target: string) => `${action}：${target}`,
    noteRequired: '请填写备注内容',
    noteTooLong: (max: number) => `备注不能超过 ${max} 个字`,
    stepCompleted: (title: string) => `「${title}」已办结`,
    noteSaved: '备注已保存',
    notesTitle: '备注',
    noNotes: '还没有备注。',
    caseNoteLabel: '给整个开办事项写备注',
    noteLine: (at: string, who: string, text: string) => `${at} · ${who}：${text}`,
    factLabel: (label: string) => `${label}：`,

    // the wizard
    wizardTitle: '开办登记',
    wizardStep: (n: number, total: number, title: string) => `第 ${n} 步（共 ${total} 步）：${title}`,
    wizardPage: (index: number) => ['企业信息', '所在地与联系方式', '用工情况与核对'][index] ?? '',
    creditCodeHint: '18 位，见营业执照左上角；字母不区分大小写',
    dateHint: '格式：2026-11-20',
    phoneHint: '手机号，或带区号的座机号（如 0512-65221234）',
    deskBank: (name: string) => `${name}（15 分钟办结）`,
    deskSubDistrict: '所在街道的用工管家',
    reviewTitle: '请核对',
    notFilled: '（未填写）',
    next: '下一步',
    previous: '上一步',
    submit: '提交，生成办理清单',
    submitting: '正在提交…',
    required: '必填',
    wholeNumber: '请填写整数',
    dateFormat: '日期格式须为 YYYY-MM-DD，如 2026-11-20',
    chooseSubDistrict: '请选择所在街道',
    chooseDesk: '请选择到哪里办理',
    caseExists: '这家企业已有进行中的开办事项',
    caseExistsMine: '它是您之前登记的，可以直接继续办理。',
    caseExistsOther: '它由其他账号登记。如需由您办理，请联系服务站工作人员。',
    openExisting: (name: string) => `继续办理：${name}`,
    createFailed: '没能提交',
    fixFields: '请按提示修改标出的内容后再提交。',
    codeValid: (kind: CodeKind) => `✓ ${ZH_CODE_NAME[kind]}校验通过`,
    codeTyping: (typed: number, missing: number) => `已输入 ${typed} 位，还差 ${missing} 位`,
    codeProblem: (kind: CodeKind, check: CodeCheck) => {
      const name = ZH_CODE_NAME[kind]
      switch (check.kind) {
        case 'empty':
          return `请填写${name}`
        case 'short':
          return `${name}须为 18 位，还差 ${check.missing} 位`
        case 'long':
          return `${name}须为 18 位，多了 ${check.extra} 位`
        case 'bad-character':
          return kind === 'creditCode'
            ? `第 ${check.position} 位“${check.character}”不对：代码只有数字和大写字母，不含 I、O、S、V、Z`
            : `第 ${check.position} 位“${check.character}”不对：前 17 位是数字，最后一位是数字或 X`
        case 'bad-date':
          return '第 7–14 位的出生日期不存在，请核对'
        case 'check-character':
          return kind === 'creditCode'
            ? '统一社会信用代码校验不通过：有一位输错了，请对照营业执照逐位核对'
            : '身份证号码校验不通过：有一位输错了，请对照身份证逐位核对'
        case 'valid':
          return ''
      }
    },

    // employees
    rosterTitle: '员工',
    rosterPrivacy: '名单中的身份证号码和手机号码只显示部分；导出的名册是完整的，请妥善保管。',
    rosterLoading: '正在加载员工名册…',
    rosterFailed: '员工名册没有加载出来',
    rosterEmpty: '名册里还没有员工',
    rosterEmptyHelp: '逐个添加，或在下方导入 CSV 文件。员工参保登记至少需要 1 名员工。',
    rosterListLabel: (n: number) => `员工名册，共 ${n} 人`,
    addEmployee: '添加员工',
    addEmployeeTitle: '添加员工',
    editEmployeeTitle: (name: string) => `修改：${name}`,
    saveEmployee: '保存修改',
    chooseContract: '请选择是否已签劳动合同',
    contractEndsHint: '无固定期限合同可不填',
    contractEndsBeforeHire: '合同到期日不能早于入职日期',
    phoneRetype: (masked: string) => `名单中只显示 ${masked}，修改时请重新填写完整号码`,
    yes: '是',
    no: '否',
    idLine: (masked: string) => `身份证：${masked}`,
    phoneLine: (masked: string) => `手机：${masked}`,
    hiredLine: (date: string) => `入职：${date}`,
    contractSignedLine: (endsOn: string | undefined) => (endsOn ? `已签劳动合同，${endsOn}到期` : '已签劳动合同（无固定期限）'),
    contractMissingLine: '尚未签劳动合同',
    edit: '修改',
    remove: '移除',
    removing: '正在移除…',
    keep: '保留',
    removeTitle: '移除员工',
    removeQuestion: (name: string) => `确定把“${name}”从名册中移除吗？`,

    // import
    importTitle: '批量导入（CSV）',
    importHelp: '第一行是表头，之后每行一名员工，列的顺序与导出的名册相同（不含序号）。“已签劳动合同”填“是”或“否”。',
    chooseCsv: '选择 CSV 文件',
    csvLabel: 'CSV 内容',
    csvHint: '可以直接粘贴从表格软件复制的内容（逗号分隔）',
    csvChosen: (name: string) => `已读取文件：${name}`,
    csvEmpty: '请先选择文件或粘贴 CSV 内容',
    csvTooLarge: (kb: number) => `文件超过 ${kb} KB，不像是员工名册，请检查`,
    importAll: '检查并导入',
    importing: '正在导入…',
    importValid: (n: number) => `只导入正确的行（${n} 行）`,
    importReport: '导入结果',
    importRefused: (bad: number, good: number) =>
      `有 ${bad} 行有问题，一行也没有导入。${good > 0 ? `请修改后重新导入，或选择只导入正确的 ${good} 行。` : '请修改后重新导入。'}`,
    importDone: (imported: number, skipped: number) =>
      skipped > 0 ? `已导入 ${imported} 人，跳过 ${skipped} 行有问题的。` : `已导入 ${imported} 人。`,
    importFailed: (reason: string) => `没能导入：${reason}`,
    badRows: '有问题的行',
    rowNumber: (row: number) => `第 ${row} 行`,
    rowError: (column: string, detail: string) => `${column}：${detail}`,
    columnName: (field: string) => ZH_COLUMNS[field] ?? field,
    goodRows: (rows: number[]) => `正确的行：第 ${rows.join('、')} 行`,

    // export
    exportTitle: '导出职工名册',
    exportHelp: '完整的名册（含身份证号码和手机号码），用于备案和留存。',
    exportCsv: '导出 CSV',
    exportXlsx: '导出 Excel（XLSX）',
    exporting: '正在导出…',
    rosterFileName: (creditCode: string, format: string) => `职工名册-${creditCode}.${format}`,
    exported: (how: Delivery, file: string) =>
      ({ downloaded: `已下载 ${file}`, opened: `已打开 ${file}，可在右上角菜单中转发或保存`, shared: `已把 ${file} 发送到聊天` })[how],
    exportFailed: (reason: string) => `没能导出：${reason}`,

    // dashboard figures
    figuresTitle: '企业开办',
    figuresLoading: '正在加载企业开办数据…',
    figuresFailed: '企业开办数据没有加载出来',
    figuresEmpty: '这段时间没有企业开办事项',
    figuresEmptyHelp: (weeks: number) => `最近 ${weeks} 周内没有新开办或办结的企业。`,
    medianLabel: '办结用时中位数',
    noMedian: '暂无',
    minutes: (n: number) => `${n} 分钟`,
    completedLabel: '已全部办结',
    cases: (n: number) => `${n} 家`,
    overdueLabel: '社保开户逾期未办',
    perWeekTitle: (weeks: number) => `最近 ${weeks} 周每周新开办与办结`,
    openedKey: '新开办',
    completedKey: '办结',
    weekOf: (week: string) => `${Number(week.slice(5, 7))}月${Number(week.slice(8, 10))}日起`,
    weekWords: (week: string, opened: number, completed: number) =>
      `${Number(week.slice(5, 7))}月${Number(week.slice(8, 10))}日那周：新开办 ${opened} 家，办结 ${completed} 家`,
  },
  {
    mineTitle: 'One-stop company set-up',
    mineIntro:
      'New companies register here, then finish social-insurance registration, employee enrolment, social security cards and more in one visit to the bank branch or sub-district desk.',
    mineLoading: 'Loading your company cases…',
    mineFailed: 'Your company cases could not be loaded',
    mineEmpty: 'You have no company cases yet',
    mineEmptyHelp: 'Once you have the business licence, tap "Set up a new company" and we will list every step that follows.',
    mineListLabel: 'My company cases',
    startNew: 'Set up a new company',
    startTitle: 'Register a new company',
    startIntro: 'Three short pages about the company. You then get a checklist to show at the desk.',
    stewardHeading: 'Hiring steward',
    stewardIntro: 'A hiring steward helps the company sign labour contracts, build its roster and register for social insurance.',
    stewardOf: (name: string) => `Your hiring steward: ${name}`,
    stewardContact: (phone: string) => `Phone: ${phone}`,
    callSteward: 'Call',
    noSteward: 'No hiring steward assigned yet',
    stewardAccount: 'The steward’s staff account',
    stewardPhone: 'The steward’s phone',
    assignSteward: 'Assign steward',
    stewardAssigned: 'Steward assigned',
    visitHeading: 'Log a visit',
    visitText: 'What happened',
    visitLogged: 'Visit logged',
    logVisit: 'Log visit',
    visitItem: (item: VisitItem) =>
      ({ contract: 'Labour contracts', roster: 'Employee roster', 'social-insurance': 'Social-insurance help' })[item],
    stewardFill: 'Enter the account and the phone',
    visitFill: 'Say what happened on the visit',
    caseTitle: 'Set-up progress',
    caseLoading: 'Loading the checklist…',
    caseFailed: 'The checklist could not be loaded',
    caseNotFound: 'This company case was not found',
    caseNotFoundHelp: 'It may belong to another account, or be outside your area.',
    employeesTitle: 'Employee roster',
    employeesOf: (name: string) => `Roster of ${name}`,
    deskTitle: 'Company set-up desk',
    deskCaseTitle: 'Working on a case',
    deskIntro: (name: string, scope: string) => `${name} · ${scope}. Open a company and complete the checklist step by step.`,
    deskLoading: 'Loading company cases…',
    deskFailed: 'Company cases could not be loaded',
    deskEmpty: 'No company cases in your area yet',
    deskEmptyHelp: 'Companies appear here once they register in the mini-program.',
    deskListLabel: 'Company cases in your area',
    chooseSubDistrictLabel: 'Choose a sub-district',
    chooseSubDistrictFirst: 'Choose the sub-district to look at first',
    moreFailed: 'More company cases could not be loaded',

    signInCompany: 'Sign in to set up a company',
    signInCompanyHelp:
      "Sign in with the company contact's WeChat. Cases and rosters are visible only to you and to desk staff serving your area.",
    signInDesk: 'Sign in as staff first',
    signInDeskHelp: 'The company set-up desk is for desk staff, hiring stewards and the district admin.',
    companyOnly: 'This page is for company contacts',
    deskOnly: 'This account cannot use the company set-up desk',
    goSignIn: 'Sign in',
    signInAgain: 'Your sign-in has expired. Please sign in again and retry.',

    caseActive: 'In progress',
    caseCompleted: 'All done',
    creditCodeShort: (code: string) => `Credit code ${code}`,
    openCase: 'View checklist ›',

    progressLabel: 'Progress',
    progress: (done: number, total: number, percent: number) => `${done} of ${total} steps done · ${percent}%`,
    timingTitle: 'Time taken and deadline',
    elapsedDone: (d: Duration) => `All done in ${enDuration(d)}`,
    promiseKept: (minutes: number) => `Within the ${minutes}-minute promise`,
    promiseMissed: (minutes: number, over: Duration) => `${enDuration(over)} over the ${minutes}-minute promise`,
    elapsedRunning: (d: Duration) => `At the desk: ${enDuration(d)} so far`,
    startedAt: (at: string, minutes: number) => `Started ${at}; promised within ${minutes} minutes`,
    notStarted: (minutes: number) => `The clock starts with the first step done at the desk; promised within ${minutes} minutes.`,
    deadlineDone: (dueOn: string) => `Social-insurance registration done (due ${dueOn})`,
    deadlineLeft: (dueOn: string, days: number) =>
      days === 0
        ? `Social-insurance registration is due today (${dueOn})`
        : `Social-insurance registration is due by ${dueOn}: ${days} ${days === 1 ? 'day' : 'days'} left`,
    deadlineOverdue: (dueOn: string, days: number) =>
      `Social-insurance registration is ${days} ${days === 1 ? 'day' : 'days'} overdue (due ${dueOn}). Please go to a desk soon.`,

    ownerIntro: 'Show this checklist at the desk: staff complete the steps in order. You can also mark steps you finished online.',
    ownerIntroDone: 'Every step is done. You can update and export the roster any time under "Employee roster".',
    staffIntro: 'You are working on behalf of the company: every step you complete shows the same way in its own mini-program.',
    companyFacts: 'Company details',
    employeesOnRoster: 'Employees on the roster',
    people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
    manageEmployees: 'Manage the roster',
    checklistTitle: 'Checklist',
    stepState: (state: StepState) => ({ done: 'Done', blocked: 'Waiting', ready: 'Ready' })[state],
    materials: 'What to bring',
    where: 'Where',
    online: (name: string) => `Online: ${name}`,
    openStation: (name: string) => `View station: ${name}`,
    completedBy: (who: string, at: string) => `Completed by ${who} at ${at}`,
    completionNote: (note: string) => `Note: ${note}`,
    byOwner: 'the company contact',
    byStaff: (name?: string) => (name ? `desk staff ${name}` : 'desk staff'),
    someone: 'someone',
    waitingFor: 'Not yet possible. First:',
    waitingForStep: (title: string) => `complete「${title}」`,
    waitingForEmployees: (n: number) => `add ${n} more ${n === 1 ? 'employee' : 'employees'} to the roster`,
    addEmployees: 'Add employees',
    addEmployeesFor: (title: string) => `Add employees so that「${title}」can be done`,
    complete: 'Complete',
    confirmComplete: 'Confirm completion',
    completionNoteLabel: 'Note (optional, e.g. the social-insurance number)',
    writeNote: 'Add note',
    noteLabel: 'Note',
    saveNote: 'Save note',
    saving: 'Saving…',
    cancel: 'Cancel',
    on: (action: string, target: string) => `${action}: ${target}`,
    noteRequired: 'Please write the note',
    noteTooLong: (max: number) => `A note can be at most ${max} characters`,
    stepCompleted: (title: string) => `「${title}」is done`,
    noteSaved: 'Note saved',
    notesTitle: 'Notes',
    noNotes: 'No notes yet.',
    caseNoteLabel: 'A note on the whole case',
    noteLine: (at: string, who: string, text: string) => `${at} · ${who}: ${text}`,
    factLabel: (label: string) => `${label}: `,

    wizardTitle: 'Register a new company',
    wizardStep: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
    wizardPage: (index: number) => ['The company', 'Location and contact', 'Staff and review'][index] ?? '',
    creditCodeHint: '18 characters, top left of the business licence; upper or lower case',
    dateHint: 'Format: 2026-11-20',
    phoneHint: 'A mobile number, or a landline with area code (e.g. 0512-65221234)',
    deskBank: (name: string) => `${name} (done in 15 minutes)`,
    deskSubDistrict: "The sub-district's hiring steward",
    reviewTitle: 'Please check',
    notFilled: '(not filled in)',
    next: 'Next',
    previous: 'Back',
    submit: 'Submit and get the checklist',
    submitting: 'Submitting…',
    required: 'Required',
    wholeNumber: 'Please enter a whole number',
    dateFormat: 'Dates are YYYY-MM-DD, e.g. 2026-11-20',
    chooseSubDistrict: 'Please choose the sub-district',
    chooseDesk: 'Please choose where to do it',
    caseExists: 'This company already has a case in progress',
    caseExistsMine: 'You registered it before and can carry on with it.',
    caseExistsOther: 'Another account registered it. If you should handle it, please ask the station staff.',
    openExisting: (name: string) => `Carry on: ${name}`,
    createFailed: 'Could not submit',
    fixFields: 'Please correct the marked fields and submit again.',
    codeValid: (kind: CodeKind) => `✓ ${EN_CODE_NAME[kind]} checks out`,
    codeTyping: (typed: number, missing: number) => `${typed} typed, ${missing} to go`,
    codeProblem: (kind: CodeKind, check: CodeCheck) => {
      const name = EN_CODE_NAME[kind]
      switch (check.kind) {
        case 'empty':
          return `${name} is required`
        case 'short':
          return `${name} has 18 characters: ${check.missing} missing`
        case 'long':
          return `${name} has 18 characters: ${check.extra} too many`
        case 'bad-character':
          return kind === 'creditCode'
            ? `Character ${check.position} "${check.character}" is wrong: the code uses digits and capital letters except I, O, S, V, Z`
            : `Character ${check.position} "${check.character}" is wrong: the first 17 are digits, the last a digit or X`
        case 'bad-date':
          return 'The birth date (characters 7–14) does not exist; please check'
        case 'check-character':
          return kind === 'creditCode'
            ? 'The credit code does not check out: one character is wrong. Compare it with the business licence, character by character.'
            : 'The ID number does not check out: one digit is wrong. Compare it with the ID card, digit by digit.'
        case 'valid':
          return ''
      }
    },

    rosterTitle: 'Employees',
    rosterPrivacy: 'Lists show only part of ID and mobile numbers; the exported roster is complete, so keep it safe.',
    rosterLoading: 'Loading the roster…',
    rosterFailed: 'The roster could not be loaded',
    rosterEmpty: 'No employees on the roster yet',
    rosterEmptyHelp: 'Add them one by one, or import a CSV file below. Enrolment needs at least one employee.',
    rosterListLabel: (n: number) => `Roster, ${n} ${n === 1 ? 'person' : 'people'}`,
    addEmployee: 'Add employee',
    addEmployeeTitle: 'Add an employee',
    editEmployeeTitle: (name: string) => `Edit: ${name}`,
    saveEmployee: 'Save changes',
    chooseContract: 'Please say whether a labour contract is signed',
    contractEndsHint: 'Leave empty for an open-ended contract',
    contractEndsBeforeHire: 'The contract cannot end before the hire date',
    phoneRetype: (masked: string) => `The list shows only ${masked}; please type the full number again`,
    yes: 'Yes',
    no: 'No',
    idLine: (masked: string) => `ID: ${masked}`,
    phoneLine: (masked: string) => `Mobile: ${masked}`,
    hiredLine: (date: string) => `Hired: ${date}`,
    contractSignedLine: (endsOn: string | undefined) => (endsOn ? `Contract signed, ends ${endsOn}` : 'Contract signed (open-ended)'),
    contractMissingLine: 'No labour contract yet',
    edit: 'Edit',
    remove: 'Remove',
    removing: 'Removing…',
    keep: 'Keep',
    removeTitle: 'Remove employee',
    removeQuestion: (name: string) => `Remove "${name}" from the roster?`,

    importTitle: 'Import (CSV)',
    importHelp:
      'The first line is the header, then one employee per line, in the columns of the exported roster (without 序号). Contract signed is 是 (yes) or 否 (no).',
    chooseCsv: 'Choose a CSV file',
    csvLabel: 'CSV content',
    csvHint: 'You can paste what you copied from a spreadsheet (comma-separated)',
    csvChosen: (name: string) => `File read: ${name}`,
    csvEmpty: 'Choose a file or paste the CSV first',
    csvTooLarge: (kb: number) => `The file is larger than ${kb} KB, too large for a roster; please check it`,
    importAll: 'Check and import',
    importing: 'Importing…',
    importValid: (n: number) => `Import only the correct rows (${n})`,
    importReport: 'Import result',
    importRefused: (bad: number, good: number) =>
      `${bad} ${bad === 1 ? 'row has' : 'rows have'} problems, so nothing was imported. ${
        good > 0
          ? `Correct them and import again, or import only the ${good} correct ${good === 1 ? 'row' : 'rows'}.`
          : 'Correct them and import again.'
      }`,
    importDone: (imported: number, skipped: number) =>
      skipped > 0 ? `Imported ${imported}; skipped ${skipped} ${skipped === 1 ? 'row' : 'rows'} with problems.` : `Imported ${imported}.`,
    importFailed: (reason: string) => `Could not import: ${reason}`,
    badRows: 'Rows with problems',
    rowNumber: (row: number) => `Row ${row}`,
    rowError: (column: string, detail: string) => `${column}: ${detail}`,
    columnName: (field: string) => EN_COLUMNS[field] ?? field,
    goodRows: (rows: number[]) => `Correct rows: ${rows.join(', ')}`,

    exportTitle: 'Export the roster',
    exportHelp: 'The complete roster (with ID and mobile numbers), for registration and your records.',
    exportCsv: 'Export CSV',
    exportXlsx: 'Export Excel (XLSX)',
    exporting: 'Exporting…',
    rosterFileName: (creditCode: string, format: string) => `roster-${creditCode}.${format}`,
    exported: (how: Delivery, file: string) =>
      ({ downloaded: `Downloaded ${file}`, opened: `Opened ${file}; forward or save it from the menu`, shared: `Sent ${file} to a chat` })[
        how
      ],
    exportFailed: (reason: string) => `Could not export: ${reason}`,

    figuresTitle: 'Company set-up',
    figuresLoading: 'Loading company set-up figures…',
    figuresFailed: 'Company set-up figures could not be loaded',
    figuresEmpty: 'No company cases in this period',
    figuresEmptyHelp: (weeks: number) => `No company was opened or completed in the last ${weeks} weeks.`,
    medianLabel: 'Median time to complete',
    noMedian: 'None yet',
    minutes: (n: number) => `${n} min`,
    completedLabel: 'Completed',
    cases: (n: number) => `${n} ${n === 1 ? 'company' : 'companies'}`,
    overdueLabel: 'Registrations overdue',
    perWeekTitle: (weeks: number) => `Opened and completed per week, last ${weeks} weeks`,
    openedKey: 'Opened',
    completedKey: 'Completed',
    weekOf: (week: string) => `Week of ${week.slice(5)}`,
    weekWords: (week: string, opened: number, completed: number) => `Week of ${week}: ${opened} opened, ${completed} completed`,
  },
)

export type CompanyStrings = (typeof strings)['zh']
