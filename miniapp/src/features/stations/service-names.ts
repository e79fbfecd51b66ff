/** Names of the 23 service projects, by id, from data/seed/services.json (a test keeps them equal). */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  'svc-policy-consult': '政策咨询·一键查询',
  'svc-policy-outreach': '政策宣讲进社区',
  'svc-employment-assistance': '就业帮扶行动',
  'svc-jiuzhi-bangni': '“就职帮你”就业能力提升',
  'svc-yuzhi-career-guidance': '渔职联盟职业指导',
  'svc-siyb-training': 'SIYB创业培训',
  'svc-gig-station': '家门口零工驿站',
  'svc-graduate-internship': '青年就业见习',
  'svc-hr-butler': '用工管家',
  'svc-shared-hr-manager': '共享人事经理',
  'svc-company-onboarding': '企业开办社保一站办',
  'svc-job-stabilization': '稳岗政策直达',
  'svc-training-fair': '培训市集',
  'svc-senior-school': '乐龄学堂',
  'svc-talent-experience': '人才知情体验',
  'svc-talent-hukou': '人才落户直通车',
  'svc-skill-certification': '技能等级认定与考证',
  'svc-social-security-card': '社保卡办理',
  'svc-flexible-insurance': '灵活就业参保',
  'svc-retirement-certification': '养老待遇资格认证与退休服务',
  'svc-resident-pension': '城乡居民养老保险办理',
  'svc-labour-relations-guidance': '劳动关系综合指导',
  'svc-labour-dispute-mediation': '劳动争议调解',
}

/** The project name, or the id itself for a project this build does not know yet. */
export function serviceName(id: string): string {
  return SERVICE_NAMES[id] ?? id
}
