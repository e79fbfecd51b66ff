import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { TextField } from '@/shared/components/text-field'
import './policies.scss'

interface SearchBoxProps {
  initial?: string
  onSearch: (query: string) => void
}

/** 搜索政策: type words or pinyin, then 搜索 (or the keyboard's search key). */
export function SearchBox({ initial = '', onSearch }: SearchBoxProps) {
  const [value, setValue] = useState(initial)
  useEffect(() => setValue(initial), [initial])
  const submit = () => onSearch(value.trim())
  return (
    <View className="search-box" role="search">
      <TextField
        id="policy-search"
        label="搜索政策"
        hint="输入关键词，如：失业金、创业补贴，也可以输入拼音"
        value={value}
        maxLength={50}
        onChange={setValue}
        onConfirm={submit}
      />
      <ActionButton onClick={submit}>搜索</ActionButton>
    </View>
  )
}
