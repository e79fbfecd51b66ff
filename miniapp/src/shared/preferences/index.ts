export { PreferencesProvider, usePreferences } from './preferences-context'
export {
  appPreferencesStore,
  createPreferencesStore,
  DEFAULT_PREFERENCES,
  PREFERENCES_STORAGE_KEY,
  type Preferences,
} from './preferences-store'
