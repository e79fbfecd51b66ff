import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import './policies.scss'
import { useStrings } from '@/shared/i18n'
import { searchStrings } from '../search-strings'

interface SearchBoxProps {
  initial?: string
  onSearch: (query: string) => void
}

/** 搜索政策: type words or pinyin, then 搜索 (or the keyboard's search key). */
export function SearchBox({ initial = '', onSearch }: SearchBoxProps) {
  const s = useStrings(searchStrings)
  const [value, setValue] = useState(initial)
  useEffect(() => setValue(initial), [initial])
  const submit = () => onSearch(value.trim())
  return (
    <View className="search-box" role="search">
      <TextField
        id="policy-search"
        label={s.searchLabel}
        hint={s.searchHint}
        value={value}
        maxLength={50}
        onChange={setValue}
        onConfirm={submit}
      />
      <ActionButton onClick={submit}>{s.search}</ActionButton>
    </View>
  )
}
