/**
 * The one-stop onboarding checklist of a new company (企业开办一站式), as data: the steps in the order the
 * bank-branch desk works through them, what each needs and where it is done. Prerequisites form a DAG
 * (checked by onboarding-checklist.test.ts); a new template version only edits this list.
 */
/** Where a step is done, as a case shows it. */
export type StepPlace = { kind: 'online'; name: string } | { kind: 'station'; stationId: string; name: string }

export interface OnboardingStepTemplate {
  id: string
  title: string
  description: string
  materials: string[]
  /** `desk`: at the desk the company chose (the bank-branch station, or its sub-district's steward). */
  where: StepPlace | { kind: 'desk' }
  /** Steps that must be done first. */
  requires: string[]
  /** Employees that must be on the roster first. */
  minEmployees?: number
  /** Done when the case is opened: a case starts from a registered company. */
  doneAtCreation?: boolean
}

/** The bank-branch station a company may choose as its desk: every desk step in 15 minutes. */
export const BANK_DESK = { stationId: 'fp-boc-gusu', name: '中国银行苏州姑苏支行人社服务站' } as const

/** A company that chose its sub-district's steward (用工管家) goes to the sub-district centre's window. */
export const subDistrictDeskId = (subDistrict: string) => `st-centre-${subDistrict}`

const DESK = { kind: 'desk' } as const

export const ONBOARDING_TEMPLATE: readonly OnboardingStepTemplate[] = [
  {
    id: 'business-licence',
    title: '营业执照',
    description: '企业已完成设立登记，领取营业执照。',
    materials: ['营业执照'],
    where: { kind: 'online', name: '江苏政务服务网' },
    requires: [],
    doneAtCreation: true,
  },
  {
    id: 'bank-account',
    title: '银行开户',
    description: '开立单位基本存款账户，用于缴纳社保费和公积金。',
    materials: ['营业执照', '法定代表人身份证', '公章、财务章'],
    where: DESK,
    requires: ['business-licence'],
  },
  {
    id: 'social-insurance-account',
    title: '单位社保开户',
    description: '办理单位社会保险登记，取得单位社保编号。成立之日起 30 日内办理。',
    materials: ['营业执照', '银行开户信息', '法定代表人身份证'],
    where: DESK,
    requires: ['bank-account'],
  },
  {
    id: 'medical-insurance',
    title: '医保登记',
    description: '办理单位医疗保险登记。',
    materials: ['营业执照', '单位社保编号'],
    where: DESK,
    requires: ['social-insurance-account'],
  },
  {
    id: 'housing-fund',
    title: '公积金开户',
    description: '开立单位住房公积金账户。',
    materials: ['营业执照', '银行开户信息', '经办人身份证'],
    where: DESK,
    requires: ['bank-account'],
  },
  {
    id: 'employee-enrolment',
    title: '员工参保登记',
    description: '为名册中的员工办理参保登记。',
    materials: ['员工身份证号码', '劳动合同或用工信息'],
    where: DESK,
    requires: ['social-insurance-account'],
    minEmployees: 1,
  },
  {
    id: 'social-security-card',
    title: '社会保障卡申领',
    description: '为已参保的员工申领社会保障卡。',
    materials: ['员工身份证', '近期免冠照片（可现场拍摄）'],
    where: DESK,
    requires: ['employee-enrolment'],
  },
  {
    id: 'labour-contract',
    title: '劳动合同签订',
    description: '与员工签订书面劳动合同，用工管家可提供示范文本。',
    materials: ['劳动合同文本'],
    where: DESK,
    requires: ['business-licence'],
    minEmployees: 1,
  },
  {
    id: 'employee-roster',
    title: '职工名册',
    description: '建立并保存职工名册。',
    materials: ['员工姓名、身份证号码、入职日期、合同期限'],
    where: { kind: 'online', name: '本小程序 · 员工名册' },
    requires: ['labour-contract'],
    minEmployees: 1,
  },
]
