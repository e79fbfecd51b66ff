import { idsOf } from './choices'

/**
 * Reusable starts for staff answers (GET /v1/admin/message-templates), written by the message-board office.
 * Staff edit the text before sending; the template id is kept in the audit trail so the office can see which
 * templates are used. Ids are stable: a retired template is removed, never renamed.
 */
export const MESSAGE_REPLY_TEMPLATES = [
  {
    id: 'tpl-materials',
    title: '告知所需材料',
    text: '您好，您咨询的事项需携带本人身份证原件及相关证明材料，到就近的家门口人社服务站窗口办理。工作日 9:00–17:00 均可受理。',
  },
  {
    id: 'tpl-online',
    title: '引导线上办理',
    text: '您好，该事项可在"江苏智慧人社"或"苏州人社"小程序线上办理，无需到窗口。如操作中遇到问题，欢迎到服务站由工作人员协助。',
  },
  {
    id: 'tpl-referral',
    title: '转相关部门',
    text: '您好，您反映的问题涉及其他部门职责，我们已将情况转交相关部门核实处理，处理结果将另行告知。',
  },
  {
    id: 'tpl-mediation',
    title: '劳动争议调解',
    text: '您好，针对您反映的劳动争议，建议先向所在街道劳动争议调解组织申请调解，调解不成可依法申请劳动仲裁。请带好劳动合同、工资记录等证据材料。',
  },
  {
    id: 'tpl-service-signup',
    title: '推荐服务项目',
    text: '您好，我们近期开设了相关的服务项目，您可在小程序"服务"页面查看场次并报名参加。',
  },
  {
    id: 'tpl-thanks',
    title: '感谢建议',
    text: '您好，感谢您的建议，我们已记录并纳入服务需求池，后续会结合大家的需求开设相应服务。',
  },
] as const

export const MESSAGE_REPLY_TEMPLATE_IDS = idsOf(MESSAGE_REPLY_TEMPLATES)
export type MessageReplyTemplateId = (typeof MESSAGE_REPLY_TEMPLATE_IDS)[number]
