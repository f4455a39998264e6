import { expect, test } from '@playwright/test';
import { chunkTerms, chunksFor, parseIndexChunks, type IndexChunk } from '../../src/search/index-chunks';
import { readCbor } from '../../scripts/cbor';

// The shape of pagefind 1.6's ranges (taken from a build of this site): a word's prefix can span two chunks.
const zh: IndexChunk[] = [
  ['0', 'reca', 'zh-cn_a'],
  ['rece', '发', 'zh-cn_b'],
  ['发一', '明依', 'zh-cn_c'],
  ['明修', '能是', 'zh-cn_d'],
  ['能未', '默认', 'zh-cn_e'],
];

test.describe('index chunks', () => {
  test('a word needs each chunk that holds words starting with it, and only those', () => {
    // "reca" ends the first chunk: the words starting with it (recall) are in it, "rece…" in the next.
    expect(chunksFor(['recall'], zh)).toEqual(['zh-cn_a']);
    expect(chunksFor(['rece'], zh)).toEqual(['zh-cn_b']);
    expect(chunksFor(['0'], zh)).toEqual(['zh-cn_a']);
    // 发 ends one chunk, and 发不出去 sorts into the next: both.
    expect(chunksFor(['发'], zh)).toEqual(['zh-cn_b', 'zh-cn_c']);
    expect(chunksFor(['发不出去'], zh)).toEqual(['zh-cn_b', 'zh-cn_c']);
    expect(chunksFor(['默认'], zh)).toEqual(['zh-cn_e']);
    expect(chunksFor(['zzz'], zh)).toEqual(['zh-cn_b']);
    expect(chunksFor(['禁言', 'toke'], zh)).toEqual(['zh-cn_b', 'zh-cn_d']);
    expect(chunksFor([], zh)).toEqual([]);
  });

  test("the prefixes are each Chinese character and the first four letters of each other word", () => {
    expect(chunkTerms('Muted members: 禁言 用户')).toEqual(['mute', 'memb', '禁', '言', '用', '户']);
    expect(chunkTerms('  ')).toEqual([]);
    expect(chunkTerms('token过期 401')).toEqual(['toke', '过', '期', '401']);
    // Every word a splitter can cut from a run starts with one of its characters: its chunks are covered.
    expect(chunksFor(chunkTerms('消息发不出去'), zh)).toEqual(expect.arrayContaining(chunksFor(['消息', '发不出去'], zh)));
  });

  test('only well-formed chunks are kept from what a page carried', () => {
    expect(parseIndexChunks([['a', 'b', 'h1'], ['a', 'b'], ['a', 'b', 3], 'x'])).toEqual([['a', 'b', 'h1']]);
    for (const value of [undefined, null, {}, 'text']) expect(parseIndexChunks(value)).toEqual([]);
  });
});

test.describe('CBOR', () => {
  test('reads the integers, strings, arrays and maps pagefind writes', () => {
    // ["1.6.0", [["en_1", 3, ""]], [["a", "b", "en_2"]], {"k": -2}, h'0102', 500, 70000]
    const bytes = Uint8Array.from([
      0x87, 0x65, ...Buffer.from('1.6.0'), 0x81, 0x83, 0x64, ...Buffer.from('en_1'), 0x03, 0x60, 0x81, 0x83, 0x61, 0x61, 0x61, 0x62, 0x64,
      ...Buffer.from('en_2'), 0xa1, 0x61, 0x6b, 0x21, 0x42, 0x01, 0x02, 0x19, 0x01, 0xf4, 0x1a, 0x00, 0x01, 0x11, 0x70,
    ]);
    expect(readCbor(bytes)).toEqual(['1.6.0', [['en_1', 3, '']], [['a', 'b', 'en_2']], { k: -2 }, Uint8Array.from([1, 2]), 500, 70000]);
  });

  test('what it cannot read, or data that ends early, throws with the byte named', () => {
    expect(() => readCbor(Uint8Array.from([0xf9, 0x3c, 0x00]))).toThrow(/unsupported major type 7 at byte 0/);
    expect(() => readCbor(Uint8Array.from([0x9f]))).toThrow(/unsupported length encoding 31/);
    expect(() => readCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/data ends at byte 2/);
    expect(() => readCbor(Uint8Array.from([0x63, 0x61]))).toThrow(/runs past the end/);
  });
});
