// Paste and CLI findings: a pasted CLI error, damage added on the way to the paste box, text around the policy, the
// wrong command's wrapper, and JSON syntax errors. Everything about the text before the policy itself is read.

import type { Damage, DamageKind } from '../../json/repair';
import type { GrammarCode } from './codes';
import type { Grammar } from './context';
import { shorten } from './text';

const MAX_SYNTAX_FINDINGS = 25;

/** Reports the paste's own problems; false when there is no policy to read (a CLI error, an empty box). */
export function pasteFindings(g: Grammar): boolean {
  const pt = g.pt;
  if (pt.cliError) {
    const notFound = g.kind === 'vault' && /ResourceNotFound/i.test(pt.cliError.code);
    g.addAt(notFound ? 'VAULT_POLICY_NOT_FOUND' : 'CLI_ERROR_PASTED', 'error', pt.cliError, {
      error: pt.cliError.code,
      operation: pt.cliError.operation,
    });
    return false;
  }
  if (pt.empty) return false;

  damage(g, pt.damage);
  for (const e of pt.extra) {
    g.addAt(e.where === 'before' ? 'PASTE_EXTRA_TEXT_BEFORE' : 'PASTE_EXTRA_TEXT_AFTER', 'warning', e, {
      text: shorten(e.text.replace(/\s+/g, ' ')),
    });
  }
  const wrongWrapper =
    (g.kind === 'key' && pt.wrapper === 'get-backup-vault-access-policy') ||
    (g.kind === 'vault' && pt.wrapper === 'get-key-policy') ||
    (g.kind !== 'scp' && pt.wrapper === 'describe-policy');
  if (wrongWrapper && pt.parsed.root) {
    g.add('WRAPPER_MISMATCH', 'warning', pt.parsed.root, [], { wrapper: pt.wrapper ?? '' });
  }

  const seenSyntax = new Set<string>();
  const syntax = pt.syntax.filter((e) => {
    const k = `${e.code}@${e.offset}`;
    return seenSyntax.has(k) ? false : (seenSyntax.add(k), true);
  });
  syntax.slice(0, MAX_SYNTAX_FINDINGS).forEach((e) => g.addAt('JSON_SYNTAX_ERROR', 'error', e, { error: e.code }));
  if (syntax.length > MAX_SYNTAX_FINDINGS) {
    const next = syntax[MAX_SYNTAX_FINDINGS] as (typeof syntax)[number];
    g.addAt('JSON_SYNTAX_ERRORS_TRUNCATED', 'error', next, { count: syntax.length - MAX_SYNTAX_FINDINGS });
  }
  return true;
}

function damage(g: Grammar, damage: readonly Damage[]): void {
  const byKind = new Map<DamageKind, Damage[]>();
  for (const d of damage) {
    const list = byKind.get(d.kind) ?? [];
    list.push(d);
    byKind.set(d.kind, list);
  }
  for (const [kind, list] of byKind) {
    const first = list[0] as Damage;
    const lines = [...new Set(list.map((d) => d.line))];
    // Not in the policy AWS holds: added on the way to the paste box. The policy is read after the repair, and the
    // finding warns that the text as pasted would be refused (ADR 5).
    g.addAt(`PASTE_DAMAGE_${kind}` as GrammarCode, 'warning', first, {
      count: list.length,
      lines: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : ''),
    });
  }
}
