import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { isWellFormedText, Text } from './common'

const title = Text(20)
const read = (input: unknown) => v.safeParse(title, input)

describe('Text (what a person wrote)', () => {
  it('stores NFC text without invisible characters, trimmed', () => {
    expect(read('  社保\u200B卡\u200D补办\uFEFF ').output).toBe('社保卡补办')
    // é as e + combining acute becomes the single character
    expect(read('Cafe\u0301').output).toBe('Café')
    expect(read('第一行\n第二行').output).toBe('第一行\n第二行')
  })

  it('refuses text made only of invisible characters, as empty', () => {
    expect(read('\u200B\u200C\u200D\u2060\uFEFF').issues?.[0]?.message).toBe('不能为空')
    expect(read('   ').issues?.[0]?.message).toBe('不能为空')
  })

  it('refuses control characters, NUL and lone surrogates', () => {
    expect(read('标题\u0000').issues?.[0]?.message).toBe('不能包含控制字符')
    expect(read('\u001b[31m红色').issues?.[0]?.message).toBe('不能包含控制字符')
    expect(read('半个表情\uD83D').issues?.[0]?.message).toBe('含有无法识别的字符')
    expect(read('\uDE00倒过来').issues?.[0]?.message).toBe('含有无法识别的字符')
    expect(read('完整表情😀').success).toBe(true)
  })

  it('knows a well-formed string from a broken one', () => {
    expect(isWellFormedText('😀a')).toBe(true)
    expect(isWellFormedText('a\uD83Da')).toBe(false)
  })
})
