/** One-tap topics on home (一键查询): each chip runs its text as a policy search. Also the "closest topics" offered when a search finds nothing. */
export const POLICY_TOPICS = ['失业保险金', '创业补贴', '灵活就业参保', '社保卡', '人才落户', '技能补贴', '退休认证', '劳动仲裁'] as const

export type PolicyTopic = (typeof POLICY_TOPICS)[number]
