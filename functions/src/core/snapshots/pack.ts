/**
 * A snapshot's bytes: the documents an index serves (JSON) beside the index's own bytes, so a cold start needs
 * nothing else. Layout: u32 length of the JSON (little-endian), the JSON, the index.
 */
export function packSnapshot(documents: unknown, index: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(documents))
  const bytes = new Uint8Array(4 + json.length + index.length)
  new DataView(bytes.buffer).setUint32(0, json.length, true)
  bytes.set(json, 4)
  bytes.set(index, 4 + json.length)
  return bytes
}

export function unpackSnapshot<D>(bytes: Uint8Array): { documents: D; index: Uint8Array } {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true)
  if (4 + length > bytes.length) throw new Error('snapshot shorter than its header says')
  return {
    documents: JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as D,
    index: bytes.subarray(4 + length),
  }
}
