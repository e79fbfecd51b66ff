import type { Policy } from '@doorstep/shared'

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same library. */
export function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What a policy is about, each with the words residents use for it (its keywords). */
export const TOPICS: readonly (readonly [topic: string, ...keywords: string[]])[] = [
  ['失业保险金', '失业金', '失业了'],
  ['失业补助金', '失业补助'],
  ['失业登记', '没工作了'],
  ['就业登记', '入职登记'],
  ['创业担保贷款', '创业贷款', '贴息'],
  ['一次性创业补贴', '开店补贴'],
  ['创业场地租金补贴', '房租补贴'],
  ['创业孵化基地', '孵化'],
  ['首次创业补贴', '开公司'],
  ['返乡创业扶持', '回乡创业'],
  ['社保卡申领', '社保卡', '办卡'],
  ['社会保障卡补换', '社保卡丢了', '补卡'],
  ['灵活就业人员参保', '灵活就业', '自己交社保'],
  ['灵活就业社保补贴', '灵活就业补贴'],
  ['职业技能培训补贴', '技能培训', '学技术'],
  ['技能等级认定', '考证', '技能证书'],
  ['技能提升补贴', '考证补贴'],
  ['人才落户', '落户', '户口'],
  ['人才公寓', '租房'],
  ['人才安居补贴', '买房补贴'],
  ['住房公积金提取', '公积金', '取公积金'],
  ['公积金贷款', '公积金', '买房'],
  ['企业职工基本养老保险', '养老保险'],
  ['养老金领取资格认证', '养老金认证', '刷脸认证'],
  ['退休审批', '办退休', '退休'],
  ['城乡居民基本养老保险', '居民养老'],
  ['城乡居民医疗保险', '居民医保', '医保'],
  ['职工医疗保险', '职工医保'],
  ['门诊慢特病待遇', '慢性病'],
  ['异地就医备案', '异地看病'],
  ['大病保险', '大病'],
  ['工伤认定', '工伤', '上班受伤'],
  ['工伤保险待遇', '工伤赔偿'],
  ['劳动能力鉴定', '伤残鉴定'],
  ['劳动人事争议仲裁', '劳动仲裁', '告公司'],
  ['劳动合同备案', '劳动合同'],
  ['拖欠工资投诉', '欠薪', '讨工资'],
  ['就业见习补贴', '见习'],
  ['吸纳就业补贴', '招人补贴'],
  ['失业保险稳岗返还', '稳岗返还'],
  ['用人单位社保补贴', '企业社保补贴'],
  ['公益性岗位', '公益岗'],
  ['求职创业补贴', '求职补贴'],
  ['职称评审', '评职称'],
  ['博士后科研资助', '博士后'],
  ['高技能人才津贴', '技能人才'],
  ['家政服务员培训', '家政'],
  ['养老护理员补贴', '护理员'],
  ['托育机构补贴', '托育'],
  ['生育津贴', '生育', '产假工资'],
  ['长期护理保险', '长护险', '护理'],
  ['残疾人就业补贴', '残疾人'],
  ['退役军人就业创业扶持', '退役军人'],
  ['农村劳动力转移就业', '农民工'],
  ['积分入学', '积分', '孩子上学'],
  ['居住证办理', '居住证'],
  ['零工市场服务', '打零工', '零工'],
  ['新就业形态职业伤害保障', '外卖骑手', '快递员'],
  ['企业年金', '年金'],
  ['人事档案托管', '档案'],
  ['社会保险关系转移', '社保转移', '社保转出'],
  ['医保关系转移接续', '医保转移'],
  ['被征地农民社会保障', '征地保障'],
  ['养老保险补缴', '补缴'],
  ['离退休人员待遇调整', '涨养老金'],
  ['丧葬补助金和抚恤金', '丧葬费'],
  ['工伤医疗费报销', '报销'],
  ['劳务派遣经营许可', '劳务派遣'],
  ['人力资源服务许可', '人力资源服务'],
  ['高校毕业生就业服务', '毕业生', '找工作'],
  ['大学生租房补贴', '租房补贴'],
  ['以工代训补贴', '以工代训'],
  ['职业介绍补贴', '职业介绍'],
  ['企业招聘服务', '招聘', '招人'],
]

export const PLACES = [
  '姑苏区',
  '吴中区',
  '相城区',
  '吴江区',
  '虎丘区',
  '苏州工业园区',
  '常熟市',
  '张家港市',
  '昆山市',
  '太仓市',
  '平江街道',
  '沧浪街道',
  '双塔街道',
  '金阊街道',
  '虎丘街道',
  '吴门桥街道',
  '白洋湾街道',
  '苏锦街道',
  '城南街道',
  '木渎镇',
  '甪直镇',
  '胥口镇',
  '东山镇',
  '光福镇',
  '元和街道',
  '黄桥街道',
  '渭塘镇',
  '阳澄湖镇',
  '松陵街道',
  '盛泽镇',
  '震泽镇',
  '同里镇',
  '狮山街道',
  '浒墅关镇',
  '娄葑街道',
  '斜塘街道',
  '唯亭街道',
  '胜浦街道',
  '虞山街道',
  '梅李镇',
  '杨舍镇',
  '锦丰镇',
  '玉山镇',
  '花桥经济开发区',
  '周庄镇',
  '千灯镇',
  '城厢镇',
  '沙溪镇',
  '浏河镇',
]
const AUDIENCES = [
  '高校毕业生',
  '退役军人',
  '就业困难人员',
  '外来务工人员',
  '小微企业',
  '个体工商户',
  '新就业形态劳动者',
  '残疾人',
  '退休人员',
  '返乡创业人员',
  '失业人员',
  '农村劳动力',
  '城镇职工',
  '城乡居民',
  '企业职工',
  '高层次人才',
  '技能人才',
  '青年',
  '4050人员',
  '低收入家庭',
  '用人单位',
  '民营企业',
  '科技型中小企业',
  '家政企业',
  '养老机构',
]
const DOC_TYPES = [
  '实施办法',
  '申领指南',
  '办事指南',
  '经办规程',
  '管理办法',
  '实施细则',
  '暂行办法',
  '服务指南',
  '操作规程',
  '若干措施',
  '通知',
  '工作方案',
]
const ISSUERS = [
  '苏州市人力资源和社会保障局',
  '姑苏区人力资源和社会保障局',
  '吴中区人力资源和社会保障局',
  '江苏省人力资源和社会保障厅',
  '苏州市医疗保障局',
  '苏州市住房公积金管理中心',
  '苏州市财政局',
  '苏州市人民政府办公室',
  '苏州市退役军人事务局',
  '苏州市残疾人联合会',
  '苏州市民政局',
  '苏州市人才工作领导小组办公室',
]
const PURPOSES = [
  '稳定和扩大就业',
  '鼓励创业带动就业',
  '提升劳动者技能',
  '保障基本生活',
  '吸引集聚人才',
  '减轻企业负担',
  '优化营商环境',
  '保障劳动者合法权益',
  '方便群众办事',
  '促进共同富裕',
]
const GRANTS = ['给予', '发放', '提供', '落实', '办理']
const CONDITIONS = [
  '在本市缴纳社会保险满6个月',
  '在本市连续工作满12个月',
  '持有本市居住证',
  '具有苏州市户籍',
  '年龄在16周岁至法定退休年龄之间',
  '已在本地办理就业登记',
  '已办理失业登记并有求职要求',
  '取得相应职业资格证书或技能等级证书',
  '首次在本市就业',
  '与用人单位依法签订劳动合同',
  '营业执照注册登记满1年',
  '无不良信用记录',
  '毕业2年内未就业',
  '在本市实际居住满1年',
  '家庭人均收入低于当地标准',
  '经认定为就业困难人员',
  '按时足额支付职工工资',
  '近3年无重大劳动保障违法行为',
  '依法参加工伤保险',
  '本人提出书面申请',
  '在本市合法稳定就业',
  '未享受过同类补贴',
]
const AMOUNTS = [
  (n: number) => `每人每月${200 + 50 * (n % 30)}元`,
  (n: number) => `一次性${1000 * (1 + (n % 20))}元`,
  (n: number) => `最高${10 * (1 + (n % 30))}万元`,
  (n: number) => `按实际缴费额的${10 * (1 + (n % 9))}%给予`,
  (n: number) => `每人${500 + 100 * (n % 40)}元`,
  (n: number) => `最长${6 + (n % 30)}个月`,
]
const CHANNELS = ['江苏智慧人社 App', '“苏州人社”微信公众号', '苏周到 App', '江苏政务服务网', '区政务服务中心窗口', '就近人社服务站']
const MATERIALS = [
  '身份证',
  '户口簿',
  '居住证',
  '营业执照副本',
  '劳动合同',
  '本人银行卡',
  '毕业证书',
  '退役证',
  '残疾人证',
  '职业资格证书',
  '申请表（窗口领取）',
  '租房合同',
  '医疗费发票',
  '工伤认定决定书',
  '结婚证',
  '出生医学证明',
  '社会保障卡',
  '缴费证明',
  '单位介绍信',
  '近期一寸照片',
  '学位证书',
  '离职证明',
  '工资流水',
  '病历资料',
  '诊断证明',
  '房产证',
  '不动产权证书',
  '纳税证明',
  '培训合格证',
  '授权委托书',
]
const STEPS = [
  '在手机上提交申请',
  '到就近服务站窗口提交材料',
  '工作人员核对信息',
  '经办机构审核',
  '公示5个工作日',
  '审核通过后发放到本人银行卡',
  '审核通过后发放到本人账户',
  '领取证书',
  '按月发放',
  '结果短信通知本人',
]
const WINDOWS = ['人社服务窗口', '就业服务中心', '社区服务站', '政务服务中心', '人才服务中心', '劳动保障监察大队', '医保服务窗口']
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']

/**
 * `count` policies with realistically varied text: each is about one of ~80 topics, for one of ~50 places and
 * ~25 groups of people, with its own conditions, amounts, materials and steps drawn from pools — so a common
 * topic is in a few percent of the library, not all of it. Structured fields (categories, conditions, station
 * kinds, services) come from a seed policy; about one in six has expired.
 */
export function generatePolicies(seeds: readonly Policy[], count: number, seed = 42): Policy[] {
  const next = random(seed)
  const int = (below: number) => Math.floor(next() * below)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>()
    for (let wanted = min + int(max - min + 1); chosen.size < wanted;) chosen.add(pick(items))
    return [...chosen]
  }
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('')
  const month = () => String(1 + int(12)).padStart(2, '0')
  const day = () => String(1 + int(28)).padStart(2, '0')

  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length]!
    const [topic, ...topicWords] = pick(TOPICS)
    const place = pick(PLACES)
    const audience = pick(AUDIENCES)
    const year = pick(YEARS)
    const amount = pick(AMOUNTS)(int(1000))
    const conditions = some(CONDITIONS, 2, 3)
    const titles = [
      `${place}${audience}${topic}${pick(DOC_TYPES)}`,
      `关于做好${place}${topic}工作的${pick(DOC_TYPES)}`,
      `${place}${topic}${pick(DOC_TYPES)}（${year}年修订）`,
      `${topic}${pick(DOC_TYPES)}`,
    ]
    const sentences = [
      `为${pick(PURPOSES)}，${place}对符合条件的${audience}${pick(GRANTS)}${topic}。`,
      `${conditions[0]}的${audience}，可申请${topic}，标准为${amount}。`,
      `申请人可通过${pick(CHANNELS)}提交申请，${pick(['经审核后按月发放', '审核通过后一次性发放', '资料齐全的当场办结', '一般10个工作日内办结'])}。`,
      ...(next() < 0.3 ? [`已享受${pick(TOPICS)[0]}的，不重复享受本项待遇。`] : []),
    ]
    const expired = next() < 1 / 6
    const effectiveFrom = `${year}-${month()}-${day()}`
    return {
      ...base,
      id: `bench-${i}`,
      title: pick(titles).slice(0, 80),
      issuer: pick(ISSUERS),
      docNumber: `苏人社规〔${year}〕${1 + int(30)}号`,
      publishedOn: effectiveFrom,
      effectiveFrom,
      summary: sentences.join('').slice(0, 400),
      benefits: [{ item: topic, amount }, ...(next() < 0.4 ? [{ item: '办理时限', amount: `${5 + int(25)}个工作日` }] : [])],
      eligibility: { conditions: base.eligibility.conditions, text: conditions },
      materials: some(MATERIALS, 2, 4),
      howToApply: { ...base.howToApply, online: pick(CHANNELS), steps: some(STEPS, 2, 4) },
      contact: `${place}${pick(WINDOWS)} 0512-6${digits(7)}（示例号码）`,
      keywords: [...topicWords, audience],
      ...(expired ? { expiresOn: `${year === '2026' ? '2026' : '2025'}-10-31` } : { expiresOn: undefined }),
    }
  })
}
