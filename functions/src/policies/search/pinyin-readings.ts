import type { Policy } from '@doorstep/shared'
import { pinyin } from 'pinyin-pro'
import type { SearchablePolicy } from '../keys'
import { pinyinSourceText } from './policy-fields'
import { segments } from './tokenizer'

/*
 * Write side only (the admin write functions, the seeder, the benchmark): pinyin-pro's dictionary is most of a
 * Lambda bundle and a slow `require`, so the query path reads readings stored here and never imports this file
 * (query-path-bundle.test.ts holds it to that).
 */

/**
 * One toneless syllable per CJK character of `text`, in order (ü as v); each run of CJK characters is read as
 * a whole, so heteronyms come out right in context (银行 → yin hang). A character pinyin-pro cannot read stays itself.
 */
export function pinyinReadings(text: string): string[] {
  return segments(text)
    .filter((segment) => segment.kind === 'cjk')
    .flatMap((segment) => {
      const syllables = pinyin(segment.text, { toneType: 'none', type: 'array', v: true })
      return Array.from(segment.text, (char, i) => syllables[i] || char)
    })
}

/** The policy with the readings of its title and keywords, ready to store (see `SearchablePolicy`). */
export function withSearchPinyin<P extends Policy>(policy: P): P & SearchablePolicy {
  return { ...policy, searchPinyin: pinyinReadings(pinyinSourceText(policy)).join(' ') }
}
