import { PublicBoard } from '../../functions/src/messages/board'
import { BoardSet } from '../../functions/src/messages/board-set'
import { generatePublicMessages } from './generate-messages'
const views = generatePublicMessages(50000)
const board = BoardSet.of(views)
const byId = new Map(views.map((v) => [v.id, v]))
const pb = new PublicBoard({ get: async () => board }, async (ids) => ids.map((id) => byId.get(id)!))
const texts = [
  '社保卡丢了怎么补办，需要带什么材料',
  '我想申请失业金，上个月刚辞职',
  '灵活就业怎么交社保，可以在网上办吗',
  '公司想招人，有没有补贴',
  '退休手续在哪里办理，多久能办好',
  '孩子刚毕业，人才落户有什么条件',
  '公积金提取要交什么材料',
  '技能培训补贴怎么申请',
  '工伤认定需要多久',
  '创业贷款能贷多少，要不要担保',
]
for (let r = 0; r < 3; r++) for (const text of texts) await pb.similar({ text })
for (const text of texts) {
  const t: number[] = []
  for (let r = 0; r < 40; r++) {
    const s = performance.now()
    await pb.similar({ text })
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  console.log(text.padEnd(20), t[5]!.toFixed(1), t[9]!.toFixed(1), board.index.search(text).length)
}
