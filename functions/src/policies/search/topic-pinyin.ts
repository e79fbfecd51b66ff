import type { PolicyTopic } from '@doorstep/shared'

/**
 * The topics' pinyin readings, written out here because the query path carries no pinyin dictionary;
 * topic-suggestions.test.ts checks them against pinyin-pro, so a new topic fails the tests until added.
 */
export const TOPIC_READINGS: Record<PolicyTopic, string> = {
  失业保险金: 'shi ye bao xian jin',
  创业补贴: 'chuang ye bu tie',
  灵活就业参保: 'ling huo jiu ye can bao',
  社保卡: 'she bao ka',
  人才落户: 'ren cai luo hu',
  技能补贴: 'ji neng bu tie',
  退休认证: 'tui xiu ren zheng',
  劳动仲裁: 'lao dong zhong cai',
}
