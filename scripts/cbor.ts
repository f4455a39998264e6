/**
 * A CBOR reader (RFC 8949) for the subset pagefind's metadata uses: unsigned and negative integers, byte
 * and text strings, arrays and maps of definite length. Anything else (floats, tags, indefinite lengths)
 * throws, naming the byte, rather than being misread.
 */
export type CborValue = number | string | Uint8Array | CborValue[] | { [key: string]: CborValue };

export function readCbor(data: Uint8Array): CborValue {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (size === undefined) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${offset - 1}`);
    const value = size === 1 ? view.getUint8(offset) : size === 2 ? view.getUint16(offset) : view.getUint32(offset);
    offset += size;
    return value;
  };
  const read = (): CborValue => {
    if (offset >= data.length) throw new Error(`CBOR: data ends at byte ${offset}`);
    const start = offset;
    const initial = view.getUint8(offset++);
    const major = initial >> 5;
    const n = length(initial & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (offset + n > data.length) throw new Error(`CBOR: string at byte ${start} runs past the end`);
        const bytes = data.subarray(offset, offset + n);
        offset += n;
        return major === 2 ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      }
      case 4:
        return Array.from({ length: n }, read);
      case 5: {
        const map: { [key: string]: CborValue } = {};
        for (let index = 0; index < n; index++) map[String(read())] = read();
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    }
  };
  return read();
}
