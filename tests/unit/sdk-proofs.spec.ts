import { expect, test } from '@playwright/test';
import type { SdkProof } from '../../src/schemas/sdk-proofs';
import { checkSdkProofs, proofsOf } from '../../src/sdk/sdk-proofs';

const proof = (id: string, code: number): SdkProof => ({ id, code, statement: { 'zh-cn': '中', en: 'en' }, test: 'tests/sdk/a.spec.ts' });

test('proofsOf keeps only the code’s proofs, ordered by id', () => {
  const proofs = [proof('17-http-500', 17), proof('-2-http-500', -2), proof('17-http-400', 17)];
  expect(proofsOf(17, proofs).map((entry) => entry.id)).toEqual(['17-http-400', '17-http-500']);
  expect(proofsOf(3, proofs)).toEqual([]);
});

test('checkSdkProofs reports duplicate ids and ids that do not start with their code', () => {
  const issues = checkSdkProofs('p.yaml', [proof('1-a', 1), proof('1-a', 1), proof('12-b', 1), proof('-2-c', -2)], (index) => index + 10);
  expect(issues.map((issue) => [issue.line, issue.message])).toEqual([
    [11, 'duplicate id "1-a"'],
    [12, 'must start with its code, "1-", got "12-b"'],
  ]);
});
