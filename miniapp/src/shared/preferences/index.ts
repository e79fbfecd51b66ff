export { PreferencesProvider, usePreferences, usePreferencesStore, type PreferencesApi } from './preferences-context'
export {
  appPreferencesStore,
  createPreferencesStore,
  DEFAULT_PREFERENCES,
  PREFERENCES_STORAGE_KEY,
  type Preferences,
  type PreferencesStore,
} from './preferences-store'
