import { MAX_CSV_BYTES, type PickedCsv } from './file-types'

/** Browser: the system file chooser; resolves `cancelled` when the person closes it without a file. */
export function pickCsvFile(): Promise<PickedCsv> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,text/csv,text/plain'
    input.style.display = 'none'
    let settled = false
    const settle = (result: PickedCsv) => {
      if (settled) return
      settled = true
      input.remove()
      resolve(result)
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return settle({ kind: 'cancelled' })
      if (file.size > MAX_CSV_BYTES) return settle({ kind: 'too-large' })
      file.text().then(
        (text) => settle({ kind: 'picked', name: file.name, text }),
        () => settle({ kind: 'cancelled' }),
      )
    })
    input.addEventListener('cancel', () => settle({ kind: 'cancelled' }))
    document.body.appendChild(input)
    input.click()
  })
}
