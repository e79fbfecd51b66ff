import { everyPage } from './every-page'

everyPage('elder')
