// Grammar findings for pasted policies, shaped like IAM Access Analyzer's policy validation: a stable code, a severity,
// params, and a location (line 1-based, column 0-based) into the text exactly as pasted, through any unwrapping.
// Messages stay empty here; the i18n catalog (src/i18n/en/grammar.ts) renders them from the code and params.
// One module per concern: paste.ts (the paste and CLI output), elements.ts (policy and statement elements),
// principals.ts (principals and ARNs), conditions.ts, keyPolicy.ts (size and lockout), text.ts (string utilities).

import type { PolicyText } from '../../json/policyText';
import type { Finding } from '../../types';
import { INPUT, type GrammarOptions, type PolicyKind } from './codes';
import { Grammar } from './context';
import { policyDocument } from './elements';
import { pasteFindings } from './paste';

export { GRAMMAR_CODES, type GrammarCode, type GrammarOptions, type PolicyKind } from './codes';
export { EXAMPLE_ORG_IDS } from './conditions';
export { KEY_POLICY_MAX_BYTES } from './keyPolicy';

function run(g: Grammar): Finding[] {
  if (!pasteFindings(g)) return g.findings;
  const root = g.pt.parsed.root;
  if (!root) return g.findings;
  const first = g.findings.length;
  policyDocument(g, root);
  // Paste and syntax findings first, then the policy's own in the order of the text (stable).
  const own = g.findings.splice(first);
  own.sort((a, b) => (a.location?.offset ?? 0) - (b.location?.offset ?? 0));
  g.findings.push(...own);
  return g.findings;
}

/**
 * Grammar findings for a pasted policy (`kind` says which input it is). Never throws: an unexpected failure inside
 * becomes one `GRAMMAR_INTERNAL_ERROR` finding after whatever was found before it.
 */
export function grammarFindings(pt: PolicyText, kind: PolicyKind, opts: GrammarOptions = {}): Finding[] {
  const g = new Grammar(pt, kind, opts ?? {});
  try {
    return run(g);
  } catch {
    return [
      ...g.findings,
      { code: 'GRAMMAR_INTERNAL_ERROR', severity: 'warning', message: '', location: { input: INPUT[kind] ?? 'sourceKeyPolicy', path: [] } },
    ];
  }
}
