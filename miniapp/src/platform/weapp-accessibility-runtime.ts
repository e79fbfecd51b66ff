import { mergeInternalComponents } from '@tarojs/shared'
import accessibility from '../../config/weapp-accessibility.json'

// The app-side half of config/weapp-accessibility.ts: the app entry imports this after Taro's weapp runtime and before
// the first render, when the runtime numbers each component's attributes as the templates do.
mergeInternalComponents(accessibility)
