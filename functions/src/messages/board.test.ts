import { describe, expect, it } from 'vitest'
import type { PublicBoardQuery } from '@doorstep/shared'
import { CursorSealer } from '../core/db/cursor'
import { PublicBoard, SIMILAR_MAX } from './board'
import { BoardSet } from './board-set'
import type { MessageRecord } from './keys'
import { publicView } from './views'

let serial = 0
function message(overrides: Partial<MessageRecord> & Pick<MessageRecord, 'title'>): MessageRecord {
  serial++
  const id = `msg-00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`
  return {
    id,
    trackingNo: `LY-20261125-${String(serial).padStart(4, '0')}`,
    authorId: `user-${serial}`,
    category: 'social-security',
    content: `${overrides.title}，请问怎么办理？`,
    public: true,
    anonymous: false,
    status: 'answered',
    submittedAt: '2026-11-20T01:00:00.000Z',
    answerDeadline: '2026-11-25T15:59:59.999Z',
    answer: { text: '请到服务站窗口办理。', at: `2026-11-2${serial % 5}T0${serial % 10}:00:00.000Z`, staffId: 's' },
    notes: [],
    audit: [],
    ...overrides,
  }
}

/** Cursors as the edge binds them for the public board (the scope does not matter to the board itself). */
const cursors = new CursorSealer(async () => 'board-test-key').bind('messages.board|anonymous|{}')
const boardOf = (answered: MessageRecord[], open: MessageRecord[] = []) =>
  new PublicBoard({ get: async () => BoardSet.of([...answered, ...open].map(publicView)) }, async (ids) =>
    [...answered, ...open].filter((m) => ids.includes(m.id)).map(publicView),
  )
const query = (overrides: Partial<PublicBoardQuery> = {}): PublicBoardQuery => ({ public: '1', limit: 20, ...overrides })

describe('the public board', () => {
  it('pages newest answer first with a cursor that never repeats or skips', async () => {
    const answered = Array.from({ length: 7 }, (_, i) =>
      message({ title: `问题${i}`, answer: { text: '答复', at: `2026-11-2${i}T01:00:00.000Z`, staffId: 's' } }),
    ).reverse()
    const board = boardOf(answered)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await board.list(query({ limit: 3, cursor }), cursors)
      seen.push(...page.items.map((m) => m.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(answered.map((m) => m.id))
  })

  it('masks numbers in the text and shows only an author label', async () => {
    const secret = message({
      title: '电话13812345678能查社保吗',
      content: '身份证320501199001011234',
      anonymous: true,
      phone: '13812345678',
      answer: { text: '已回电13812345678', at: '2026-11-21T01:00:00.000Z', staffId: 's' },
    })
    const walkIn = message({
      title: '代办留言',
      filedFor: { name: '王小明', phone: '13900001111' },
      answer: { text: '答复', at: '2026-11-20T01:00:00.000Z', staffId: 's' },
    })
    const { items } = await boardOf([secret, walkIn]).list(query(), cursors)
    const text = JSON.stringify(items)
    for (const hidden of ['13812345678', '320501199001011234', '13900001111', '王小明', 'user-', 'staffId', '"phone"'])
      expect(text).not.toContain(hidden)
    expect(items[0]).toMatchObject({ title: '电话138****5678能查社保吗', author: '匿名居民', answer: { text: '已回电138****5678' } })
    expect(items[1]!.author).toBe('王**')
  })

  it('searches with the Chinese analyzer, answered messages only, filtered by category', async () => {
    const card = message({ title: '社保卡丢了怎么补办' })
    const wage = message({ title: '公司拖欠工资怎么办', category: 'mediation' })
    const openCard = message({ title: '社保卡补办进度', status: 'pending', answer: undefined })
    const board = boardOf([card, wage], [openCard])
    expect((await board.list(query({ q: '社保卡' }), cursors)).items.map((m) => m.id)).toEqual([card.id])
    expect((await board.list(query({ q: '工资' }), cursors)).items.map((m) => m.id)).toEqual([wage.id])
    expect((await board.list(query({ q: '工资', category: 'social-security' }), cursors)).items).toEqual([])
  })
})

describe('similar messages', () => {
  it('offers answered and open messages sharing enough of the text, marking the open ones', async () => {
    const answered = message({ title: '社保卡丢了怎么补办' })
    const open = message({ title: '社保卡补办需要带什么材料', status: 'processing', answer: undefined })
    const unrelated = message({ title: '灵活就业人员如何参保' })
    const { items } = await boardOf([answered, unrelated], [open]).similar({ text: '我的社保卡丢了，补办要带什么材料' })
    expect(items.map((m) => m.id).sort()).toEqual([answered.id, open.id].sort())
    expect(items.find((m) => m.id === open.id)!.open).toBe(true)
    expect(items.find((m) => m.id === answered.id)!.open).toBe(false)
  })

  it('never offers more than five', async () => {
    const many = Array.from({ length: 9 }, (_, i) => message({ title: `社保卡补办问题${i}` }))
    expect((await boardOf(many).similar({ text: '社保卡补办' })).items).toHaveLength(SIMILAR_MAX)
  })

  it('keeps a place for the open message a resident can join, however many answered ones rank above it', async () => {
    const many = Array.from({ length: 9 }, (_, i) => message({ title: `社保卡补办问题${i}，社保卡补办` }))
    const open = message({ title: '社保卡补办', content: '社保卡补办', status: 'pending', answer: undefined })
    const { items } = await boardOf(many, [open]).similar({ text: '社保卡补办' })
    expect(items).toHaveLength(SIMILAR_MAX)
    expect(items.filter((m) => m.open).map((m) => m.id)).toEqual([open.id])
  })

  it('ignores a message that shares only a common word', async () => {
    const { items } = await boardOf([message({ title: '社保缴费基数调整' })]).similar({ text: '社保卡丢了怎么补办' })
    expect(items).toEqual([])
  })
})
