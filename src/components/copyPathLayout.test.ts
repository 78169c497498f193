// The picture is read at 2 a.m.: nothing may overlap, no arrow may run through a box it does not join, and no word
// may run out of its box, in either layout, in either language, with short and with the longest real IDs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/diagnose';
import { copyPath, GOVERNANCE, type CopyPath } from '../engine/report/copyPath';
import { readSession } from '../engine/session';
import type { CheckResult, Diagnosis, Session, Status } from '../engine/types';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { pack } from '../test-support/pack';
import { arrowSentences, diagramLabels } from './CopyPathDiagram';
import { layoutCopyPath, type Layout, type Mode, type Rect } from './copyPathLayout';
import { textWidth, wrap } from './textMetrics';

const example = (file: string): Session => {
  const r = readSession(JSON.parse(readFileSync(new URL(`../../public/examples/${file}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.session;
};

/** Every check of the plan, the three planned ones too, each with a different status. */
function everyCheck(d: Diagnosis): Diagnosis {
  const statuses: Status[] = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'];
  const ids = [...new Set(GOVERNANCE.map((g) => g.check))];
  return { ...d, checks: ids.map((id, i) => ({ id, status: statuses[i % statuses.length]!, findings: [] }) as unknown as CheckResult) };
}

/** The longest IDs people have: a 50-character vault name, a 64-character role name, a multi-Region key. */
function longest(): Session {
  const s = example('key-policy-missing-destination.json');
  const vault = 'central-backup-vault-for-every-production-account1';
  s.facts = {
    ...s.facts,
    resourceType: 'SAP HANA on Amazon EC2',
    destinationVaultName: vault,
    destinationRegion: 'ap-southeast-5',
    sourceKeyArn: 'arn:aws:kms:eu-west-1:210987654321:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    destinationVaultKeyArn: 'arn:aws:kms:ap-southeast-5:345678901234:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58',
  };
  s.pastes.copyJob = JSON.stringify({
    CopyJob: {
      SourceBackupVaultArn: 'arn:aws:backup:eu-west-1:210987654321:backup-vault:ProductionWorkloadsBackupVaultInIrelandEu01',
      DestinationBackupVaultArn: `arn:aws:backup:ap-southeast-5:345678901234:backup-vault:${vault}`,
      ResourceArn: 'arn:aws:ssm-sap:eu-west-1:210987654321:HANA/prd-hana-system-01/DB/SYSTEMDB',
      IamRoleArn: 'arn:aws:iam::210987654321:role/service-role/AWSBackupCrossAccountCopyRoleForProductionWorkloadsEu1',
      State: 'FAILED',
    },
  });
  return s;
}

const SCENARIOS: Record<string, () => { path: CopyPath; session?: Session }> = {
  'three failures': () => {
    const s = example('key-policy-missing-destination.json');
    s.pastes.destinationVaultPolicy = example('vault-policy-missing.json').pastes.destinationVaultPolicy!;
    s.answers.organization = 'different';
    return { path: copyPath(diagnose(s, pack), s) };
  },
  'every planned check, longest IDs': () => {
    const s = longest();
    return { path: copyPath(everyCheck(diagnose(s, pack)), s) };
  },
  'nothing known yet': () => {
    const s: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} };
    return { path: copyPath(diagnose(s, pack), s) };
  },
};

const inside = (r: Rect, outer: Rect, e = 0.5) => r.x >= outer.x - e && r.y >= outer.y - e && r.x + r.w <= outer.x + outer.w + e && r.y + r.h <= outer.y + outer.h + e;
const overlap = (a: Rect, b: Rect, margin = 0) =>
  a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;

/** Does the segment p-q pass through the inside of r (shrunk by `e`, so touching an edge is allowed)? */
function crosses(p: [number, number], q: [number, number], r: Rect, e = 1): boolean {
  const x0 = r.x + e;
  const y0 = r.y + e;
  const x1 = r.x + r.w - e;
  const y1 = r.y + r.h - e;
  // Liang-Barsky clipping.
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  for (const [pp, qq] of [
    [-dx, p[0] - x0],
    [dx, x1 - p[0]],
    [-dy, p[1] - y0],
    [dy, y1 - p[1]],
  ] as [number, number][]) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r0 = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r0);
      else t1 = Math.min(t1, r0);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function problems(layout: Layout, path: CopyPath): string[] {
  const out: string[] = [];
  const canvas: Rect = { x: 0, y: 0, w: layout.width, h: layout.height };
  const nodes = layout.boxes.filter((b) => b.kind === 'node');
  const headings = layout.boxes.filter((b) => b.kind !== 'node').flatMap((b) => b.lines.map((l) => ({ id: b.id, box: l.box, text: l.text })));

  for (const b of layout.boxes) {
    if (!inside(b, canvas)) out.push(`${b.id} leaves the picture`);
    const pad = b.kind === 'node' ? 6 : 4;
    const room: Rect = { x: b.x + pad, y: b.y + 2, w: b.w - 2 * pad, h: b.h - 4 };
    for (const l of b.lines) if (!inside(l.box, room)) out.push(`${b.id}: "${l.text}" runs out of its box`);
  }
  for (const [i, a] of nodes.entries()) for (const b of nodes.slice(i + 1)) if (overlap(a, b, 4)) out.push(`nodes ${a.id} and ${b.id} overlap`);

  for (const [i, p] of layout.pills.entries()) {
    const name = `${p.arrow.check} pill`;
    if (!inside(p, canvas)) out.push(`${name} leaves the picture`);
    for (const l of p.lines) if (!inside(l.box, { x: p.x + 4, y: p.y + 2, w: p.w - 8, h: p.h - 4 })) out.push(`${name}: "${l.text}" runs out of it`);
    for (const q of layout.pills.slice(i + 1)) if (overlap(p, q, 4)) out.push(`${name} overlaps ${q.arrow.check} pill`);
    for (const n of nodes) if (overlap(p, n, 3)) out.push(`${name} overlaps node ${n.id}`);
    for (const h of headings) if (overlap(p, h.box, 2)) out.push(`${name} overlaps "${h.text}"`);
    // Inside a box or outside it, never on its edge.
    for (const b of layout.boxes.filter((x) => x.kind !== 'node'))
      for (const part of b.parts ?? [b]) if (overlap(p, part, 2) && !inside(p, { x: part.x + 2, y: part.y + 2, w: part.w - 4, h: part.h - 4 })) out.push(`${name} sits on the edge of ${b.id}`);
    // A pill sits on its own line, and on no other.
    const own = layout.wires.filter((w) => w.arrows.includes(p.arrow.id));
    if (own.length !== 1) out.push(`${name} has ${own.length} lines`);
    for (const w of layout.wires) {
      const [a, b] = w.points as [[number, number], [number, number]];
      const on = crosses(a, b, p, 2);
      if (w.arrows.includes(p.arrow.id) && !on) out.push(`${name} is not on its line`);
      if (!w.arrows.includes(p.arrow.id) && on) out.push(`line ${w.id} runs under ${name}`);
    }
  }

  for (const w of layout.wires) {
    const [a, b] = w.points as [[number, number], [number, number]];
    for (const n of nodes) if (!w.joins.includes(n.id) && crosses(a, b, n)) out.push(`line ${w.id} crosses node ${n.id}`);
    for (const h of headings) if (crosses(a, b, h.box, 0)) out.push(`line ${w.id} crosses "${h.text}"`);
    // The head touches the node it points at.
    const to = path.arrows.find((x) => x.id === w.arrows[0])!.to;
    const box = layout.boxes.find((x) => x.id === to)!;
    const tip = { x: w.head[0]![0], y: w.head[0]![1], w: 0, h: 0 };
    const onEdge = (r: Rect) => inside(tip, r, 1) && !inside(tip, { x: r.x + 2, y: r.y + 2, w: r.w - 4, h: r.h - 4 }, 0);
    if (!(box.parts ?? [box]).some(onEdge)) out.push(`line ${w.id} does not end on ${to}`);
  }

  // Every arrow of the model is drawn, once, with its status.
  for (const a of path.arrows) {
    const pills = layout.pills.filter((p) => p.arrow.id === a.id);
    if (pills.length !== 1) out.push(`${a.id} has ${pills.length} pills`);
  }
  return out;
}

describe('copy path layout', () => {
  for (const [name, make] of Object.entries(SCENARIOS))
    for (const lang of ['en', 'zh-TW'] as Lang[])
      for (const mode of ['wide', 'narrow'] as Mode[])
        it(`${name}, ${lang}, ${mode}: nothing overlaps, nothing crosses, nothing runs out`, () => {
          const { path } = make();
          const labels = diagramLabels((k, p) => t(lang, k, p), path);
          const layout = layoutCopyPath(path, labels, mode);
          expect(problems(layout, path)).toEqual([]);
          // Text stays readable once scaled to the narrowest width each layout is shown at (42rem wide, 358 px narrow).
          const scale = mode === 'wide' ? 672 / layout.width : 358 / layout.width;
          const smallest = Math.min(...[...layout.boxes.flatMap((b) => b.lines), ...layout.pills.flatMap((p) => p.lines)].map((l) => l.box.h / 1.3));
          expect(smallest * scale).toBeGreaterThanOrEqual(10.4);
        });

  it('draws every arrow of a diagnosis with every check, the planned ones included', () => {
    const { path } = SCENARIOS['every planned check, longest IDs']!();
    expect(path.arrows).toHaveLength(GOVERNANCE.length);
    for (const mode of ['wide', 'narrow'] as Mode[]) {
      const layout = layoutCopyPath(path, diagramLabels((k, p) => t('en', k, p), path), mode);
      expect(layout.pills.map((p) => p.arrow.id).sort()).toEqual(path.arrows.map((a) => a.id).sort());
    }
  });

  it('says every arrow in words: its check, its status and both ends with their accounts', () => {
    const { path } = SCENARIOS['three failures']!();
    const labels = diagramLabels((k, p) => t('en', k, p), path);
    const items = arrowSentences((k, p) => t('en', k, p), path, labels).map((s) => s.item);
    expect(items).toContain(
      'Source KMS key policy: Fail, from Service-linked role AWSServiceRoleForBackup (Destination account 345678901234, eu-central-1) to Source KMS key 0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58 (Source account 210987654321, eu-west-1)',
    );
    expect(items).toContain('Same organization: Fail, from Organization o-7h2kd9x3qa (Management account ID not given) to Source and destination accounts');
    const zh = arrowSentences((k, p) => t('zh-TW', k, p), path, diagramLabels((k, p) => t('zh-TW', k, p), path)).map((s) => s.item);
    expect(zh).toContain('目的地保存庫存取政策：失敗，從來源保存庫 prod-ebs-vault（來源帳戶 210987654321, eu-west-1）到目的地保存庫 central-backup-vault（目的地帳戶 345678901234, eu-central-1）');
  });
});

describe('text wrapping', () => {
  const mono = { size: 13, mono: true };
  it('breaks between words first, then inside an identifier where it may break, then anywhere', () => {
    expect(wrap('Cross-account backup setting', textWidth('Cross-account backup', { size: 13 }) + 1, { size: 13 })).toEqual(['Cross-account backup', 'setting']);
    expect(wrap('AWSServiceRoleForBackup', textWidth('AWSServiceRoleFor', mono) + 1, mono)).toEqual(['AWSServiceRoleFor', 'Backup']);
    expect(wrap('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', textWidth('0b7f3c52-9a1e-4d8b-', mono) + 1, mono)).toEqual(['0b7f3c52-9a1e-4d8b-', 'b3a4-6f2e9c1d7a58']);
    expect(wrap('345678901234 · eu-central-1', textWidth('345678901234 ·', mono) + 1, mono)).toEqual(['345678901234 ·', 'eu-central-1']);
    expect(wrap('x'.repeat(30), textWidth('x'.repeat(10), mono) + 1, mono)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
    expect(wrap('目的地保存庫存取政策', 13 * 5 + 1, { size: 13 })).toEqual(['目的地保存', '庫存取政策']);
  });
});
