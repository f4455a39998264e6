import type { SdkProof } from '../schemas/sdk-proofs';
import type { ContentIssue } from '../schemas/content-error';

type LineOf = (index: number, field: readonly PropertyKey[]) => number | undefined;

/** Rules across entries of content/sdk-proofs.yaml: ids are unique and start with their entry's code. */
export function checkSdkProofs(file: string, proofs: readonly SdkProof[], lineOf: LineOf): ContentIssue[] {
  const seen = new Set<string>();
  return proofs.flatMap((proof, index) => {
    const issues: ContentIssue[] = [];
    const entry = `proof "${proof.id}"`;
    if (seen.has(proof.id)) issues.push({ file, line: lineOf(index, ['id']), entry, field: 'id', message: `duplicate id "${proof.id}"` });
    seen.add(proof.id);
    if (!proof.id.startsWith(`${proof.code}-`)) {
      issues.push({ file, line: lineOf(index, ['id']), entry, field: 'id', message: `must start with its code, "${proof.code}-", got "${proof.id}"` });
    }
    return issues;
  });
}

/** The proofs about one code, ordered by id (a collection's order is not the file's). */
export function proofsOf(code: number, proofs: readonly SdkProof[]): SdkProof[] {
  return proofs.filter((proof) => proof.code === code).sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
