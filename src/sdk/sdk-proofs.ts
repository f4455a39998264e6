import type { SdkProof } from '../schemas/sdk-proofs';
import type { ContentIssue } from '../schemas/content-error';

type LineOf = (index: number, field: readonly PropertyKey[]) => number | undefined;

/** Rules across entries of content/sdk-proofs.yaml: ids are unique and start with their entry's code ("guide-" without one). */
export function checkSdkProofs(file: string, proofs: readonly SdkProof[], lineOf: LineOf): ContentIssue[] {
  const seen = new Set<string>();
  return proofs.flatMap((proof, index) => {
    const issues: ContentIssue[] = [];
    const entry = `proof "${proof.id}"`;
    if (seen.has(proof.id)) issues.push({ file, line: lineOf(index, ['id']), entry, field: 'id', message: `duplicate id "${proof.id}"` });
    seen.add(proof.id);
    const prefix = proof.code === undefined ? 'guide-' : `${proof.code}-`;
    if (!proof.id.startsWith(prefix)) {
      const owner = proof.code === undefined ? 'a claim without a code' : 'its code';
      issues.push({ file, line: lineOf(index, ['id']), entry, field: 'id', message: `must start with ${owner}, "${prefix}", got "${proof.id}"` });
    }
    return issues;
  });
}

/** The proofs about one code, ordered by id (a collection's order is not the file's). */
export function proofsOf(code: number, proofs: readonly SdkProof[]): SdkProof[] {
  return proofs.filter((proof) => proof.code === code).sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

/** How a claim is proven, for the badge beside it. */
export type Evidence = { kind: 'run'; test: string } | { kind: 'read'; version: string; file: string; excerpt: string };

export function evidenceOf(proof: SdkProof): Evidence {
  if (proof.test !== undefined) return { kind: 'run', test: proof.test };
  if (proof.read !== undefined) return { kind: 'read', ...proof.read };
  // The schema refuses a claim without evidence; this is for a caller that bypassed it.
  throw new Error(`claim "${proof.id}" has no evidence`);
}
