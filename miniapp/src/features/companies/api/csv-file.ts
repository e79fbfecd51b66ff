import Taro from '@tarojs/taro'
import { MAX_CSV_BYTES, type PickedCsv } from './file-types'

/** WeChat: a file from a chat (how a spreadsheet reaches a phone), read as UTF-8. */
export async function pickCsvFile(): Promise<PickedCsv> {
  let file: { path: string; name: string; size: number } | undefined
  try {
    const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'txt'] })
    file = chosen.tempFiles[0]
  } catch {
    return { kind: 'cancelled' }
  }
  if (!file) return { kind: 'cancelled' }
  if (file.size > MAX_CSV_BYTES) return { kind: 'too-large' }
  const text = Taro.getFileSystemManager().readFileSync(file.path, 'utf8') as string
  return { kind: 'picked', name: file.name, text }
}
