import { everyPage } from './every-page'

everyPage('normal')
