/**
 * exceljs's Workbook class on its own. The package root also loads the streaming reader and writer (archiver,
 * unzipper, bluebird…), which the roster export never uses: importing the class alone takes that function's
 * bundle from 1.4 MB to 776 KB and nearly halves its cold `require` (docs/api.md, *Company onboarding*).
 */
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs'
  const WorkbookClass: typeof Workbook
  export default WorkbookClass
}
