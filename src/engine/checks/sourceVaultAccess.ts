// The source vault's access policy, read by the iam-role check: a Deny there blocks the copy role's requests on the
// source side (backup:StartCopyJob and backup:CopyFromBackupVault on the recovery point), whatever the role's own
// policies allow. Within one account an Allow in the vault policy is not needed (the role's identity policy grants),
// so only a Deny can block here.
//
// The EFS automatic backup vault `aws/efs/automatic-backup-vault` ships with a policy that denies backup:StartCopyJob
// (and StartRestoreJob, DeleteRecoveryPoint…) to "AWS": "*" (knowledge update §1.13 and §4.4, case AWSNUKE-EFSVAULT):
// copies out of it are denied until the policy is edited. Without its pasted policy that is a warning.
//
// The fix for a pasted policy: the copy's actions taken out of each blocking Deny's Action list (a statement left with
// no action is dropped), every other action still denied; `put-backup-vault-access-policy` in the source account,
// marked for review and verified. A Deny that blocks through a wildcard or NotAction is left to a person.
import { arnRegion } from '../ids';
import { pastedCopyJob } from '../inputs/rejections';
import { readPolicyText, type PolicyText } from '../json/policyText';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { actionMatches, evaluate, type Request } from '../policy/evaluate';
import { statementList } from '../policy/model';
import { applyPolicyEdits, asList, listOrString, policyBase, type Edit } from '../fixes/merge';
import { aws, file, literal, value } from '../core/shell';
import { validValue } from '../core/formats';
import type { Finding, Fix, Session, Status } from '../types';
import { Commands, fact, factOrigin, finding, fixSummary, isAccountId, paste, policyLocation, statementLabel, type CheckInput } from './common';
import { COPY_FROM_ACTION, copySide, roleRequest } from './copyRoleAccess';
import { unreadablePaste } from './pasteProblems';
import { verifyFix } from './verify';

export const SOURCE_VAULT_INPUT = 'sourceVaultPolicy' as const;
export const EFS_AUTOMATIC_VAULT = 'aws/efs/automatic-backup-vault';
export const START_COPY_ACTION = 'backup:StartCopyJob';
/** The copy's requests on the source vault, in the order findings name them. */
const SOURCE_ACTIONS = [START_COPY_ACTION, COPY_FROM_ACTION] as const;
const FILE = 'source-vault-policy.json';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface SourceVaultAccess {
  status: Status;
  findings: Finding[];
  needs: string[];
  /** Statement indexes of the Denies that block, with the copy's actions they deny. */
  blocking: { index: number; sid?: string; actions: string[] }[];
  pt?: PolicyText;
  vaultName?: string;
}

/** The source vault's name: the pasted policy output's, else the copy job's SourceBackupVaultArn (as pasted: the EFS
 *  automatic vault's name has slashes, which the vault-name format leaves out). */
function sourceVaultName(input: CheckInput, pt: PolicyText | undefined): string | undefined {
  const outer = typeof pt?.outer?.BackupVaultName === 'string' ? pt.outer.BackupVaultName.trim() : undefined;
  if (outer === EFS_AUTOMATIC_VAULT) return outer;
  const named = validValue('vaultName', outer);
  if (named) return named;
  const job = pastedCopyJob(input.session.pastes);
  if (job?.job.sourceVaultArn) return /:backup-vault:(.+)$/.exec(job.job.sourceVaultArn)?.[1];
  const text = paste(input, 'copyJob') ?? paste(input, 'errorMessage') ?? '';
  return /"SourceBackupVaultArn"\s*:\s*"arn:aws[a-z-]*:backup:[a-z0-9-]+:\d{12}:backup-vault:aws\/efs\/automatic-backup-vault"/.test(text) ? EFS_AUTOMATIC_VAULT : undefined;
}

function requests(input: CheckInput): Request[] {
  const side = copySide(input);
  return SOURCE_ACTIONS.map((action) => {
    const r = roleRequest(input, side, action, side.recoveryPointArn);
    // A resource policy's "*" is its own vault and recovery points; a statement naming other ARNs is compared with the
    // recovery point's (StartCopyJob's resource too).
    return { ...r, absentKey: (key: string) => absentFromCopyCall('backup', action, key) };
  });
}

/** Undefined when there is neither a source vault policy nor a sign of the EFS automatic vault. */
export function sourceVaultAccess(input: CheckInput): SourceVaultAccess | undefined {
  const text = paste(input, SOURCE_VAULT_INPUT);
  const pt = text ? readPolicyText(text) : undefined;
  const vaultName = sourceVaultName(input, pt);
  if (!text || !pt || pt.empty) {
    if (vaultName !== EFS_AUTOMATIC_VAULT) return undefined;
    // The default policy of the EFS automatic vault denies StartCopyJob to everyone.
    return {
      status: 'warn',
      findings: [finding('SOURCE_VAULT_EFS_DEFAULT_DENY', 'warning', { vault: EFS_AUTOMATIC_VAULT, action: START_COPY_ACTION })],
      needs: [],
      blocking: [],
      vaultName,
    };
  }
  // No policy at all: nothing on the vault denies.
  if (pt.cliError && /ResourceNotFound/i.test(pt.cliError.code)) return { status: 'pass', findings: [], needs: [], blocking: [], pt, ...(vaultName ? { vaultName } : {}) };
  if (pt.cliError || pt.parsed.errors.length > 0 || !isRecord(pt.parsed.value)) {
    const f = unreadablePaste(input, SOURCE_VAULT_INPUT) ?? finding('PASTE_NOT_RECOGNISED', 'warning', { command: 'aws backup get-backup-vault-access-policy' }, { input: SOURCE_VAULT_INPUT, path: [] });
    return { status: 'unknown', findings: [f], needs: [SOURCE_VAULT_INPUT], blocking: [], pt, ...(vaultName ? { vaultName } : {}) };
  }
  const policy = pt.parsed.value;
  const findings: Finding[] = [];
  const needs: string[] = [];
  const blocking = new Map<number, { index: number; sid?: string; actions: string[] }>();
  let undecided = false;
  for (const request of requests(input)) {
    const d = evaluate(policy, request);
    if (d.decision === 'explicit-deny') {
      for (const s of d.deciding) {
        const b = blocking.get(s.index) ?? { index: s.index, ...(s.sid ? { sid: s.sid } : {}), actions: [] };
        b.actions.push(request.action);
        blocking.set(s.index, b);
      }
    } else if (d.decision === 'unknown' && d.deciding.some((s) => s.effect === 'Deny')) {
      undecided = true;
      for (const s of d.deciding.filter((x) => x.effect === 'Deny')) {
        findings.push(finding('SOURCE_VAULT_POLICY_DENY_UNDECIDED', 'warning', { statement: statementLabel(s.index, s.sid), action: request.action }, policyLocation(SOURCE_VAULT_INPUT, pt.parsed, ['Statement', s.index])));
      }
    }
  }
  for (const b of blocking.values()) {
    findings.push(
      finding(
        'SOURCE_VAULT_POLICY_DENIES_COPY',
        'error',
        { statement: statementLabel(b.index, b.sid), actions: b.actions.join(', ') },
        policyLocation(SOURCE_VAULT_INPUT, pt.parsed, ['Statement', b.index]),
      ),
    );
  }
  if (blocking.size > 0 && vaultName === EFS_AUTOMATIC_VAULT) findings.push(finding('SOURCE_VAULT_EFS_DEFAULT_POLICY', 'suggestion', { vault: EFS_AUTOMATIC_VAULT }));
  // Without the source account, a Deny that names principals cannot be told to match the copy role or not.
  const source = fact(input, 'sourceAccountId');
  const denies = statementList(policy).some((st) => isRecord(st) && st.Effect === 'Deny');
  if (blocking.size === 0 && denies && !isAccountId(source)) {
    return { status: 'unknown', findings, needs: ['sourceAccountId'], blocking: [], pt, ...(vaultName ? { vaultName } : {}) };
  }
  let status: Status;
  if (blocking.size > 0) status = 'fail';
  else if (undecided) {
    status = 'unknown';
    needs.push(SOURCE_VAULT_INPUT, ...(pastedCopyJob(input.session.pastes) ? [] : ['copyJob']));
  } else {
    status = 'pass';
    findings.push(finding('SOURCE_VAULT_POLICY_NO_DENY', 'suggestion', {}));
  }
  return { status, findings, needs, blocking: [...blocking.values()], pt, ...(vaultName ? { vaultName } : {}) };
}

/**
 * The corrected source vault policy: each blocking Deny without the copy's actions (dropped when nothing is left), or
 * undefined with a finding when a Deny blocks through a wildcard or NotAction.
 */
export function sourceVaultFix(input: CheckInput, sv: SourceVaultAccess): { fix?: Fix; findings: Finding[]; needs: string[] } {
  const findings: Finding[] = [];
  const needs: string[] = [];
  const pt = sv.pt;
  if (sv.status !== 'fail' || !pt || !isRecord(pt.parsed.value)) return { findings, needs };
  const doc = pt.parsed.value;
  const statements = statementList(doc);
  const edits: Edit[] = [];
  const drop = new Set<number>();
  for (const b of sv.blocking) {
    const st = statements[b.index];
    const actions = isRecord(st) ? asList(st.Action) : [];
    const hits = actions.filter((a) => b.actions.some((x) => actionMatches(a, x)));
    if (!isRecord(st) || st.Action === undefined || hits.length === 0 || hits.some((a) => /[*?]/.test(a))) {
      findings.push(finding('SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT', 'warning', { statement: statementLabel(b.index, b.sid) }, policyLocation(SOURCE_VAULT_INPUT, pt.parsed, ['Statement', b.index])));
      return { findings, needs };
    }
    const kept = actions.filter((a) => !hits.includes(a));
    if (kept.length === 0) drop.add(b.index);
    else edits.push({ kind: 'set', path: ['Statement', b.index, 'Action'], value: listOrString(kept) });
  }
  if (drop.size > 0) {
    const byIndex = new Map(edits.map((e) => [e.path[1] as number, e.value]));
    const left = statements.flatMap((st, i) => (drop.has(i) ? [] : [byIndex.has(i) && isRecord(st) ? { ...st, Action: byIndex.get(i) } : st]));
    if (left.length === 0) {
      // Nothing would be left to put: deleting the policy is a person's decision.
      findings.push(finding('SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT', 'warning', { statement: statementLabel(sv.blocking[0]!.index, sv.blocking[0]!.sid) }, policyLocation(SOURCE_VAULT_INPUT, pt.parsed, ['Statement'])));
      return { findings, needs };
    }
    edits.splice(0, edits.length, { kind: 'set', path: ['Statement'], value: left });
  }
  if (!Array.isArray(doc.Statement)) {
    // One statement, not in a list: the edit addresses it directly.
    for (const e of edits) if (e.path[0] === 'Statement' && typeof e.path[1] === 'number') e.path.splice(1, 1);
  }
  const base = policyBase(pt.parsed.text, pt.parsed.root, doc);
  const text = applyPolicyEdits(base.text, doc, edits, base.tree);

  const name = sv.vaultName;
  const job = pastedCopyJob(input.session.pastes)?.job;
  const pastedArn = typeof pt.outer?.BackupVaultArn === 'string' ? pt.outer.BackupVaultArn : undefined;
  const region = fact(input, 'sourceRegion') ?? arnRegion(pastedArn) ?? arnRegion(job?.sourceVaultArn);
  const commands = new Commands(input);
  if (!name) {
    findings.push(finding('SOURCE_VAULT_NAME_UNKNOWN', 'warning', { fileName: FILE }, { input: SOURCE_VAULT_INPUT, path: [] }));
    needs.push('copyJob');
  } else if (!region) {
    findings.push(finding('SOURCE_VAULT_REGION_UNKNOWN', 'warning', { fileName: FILE, vault: name }));
    needs.push('sourceRegion');
  } else {
    // The EFS automatic vault's name is AWS's own constant (slashes and all); any other name is the user's, checked.
    const vaultWord = name === EFS_AUTOMATIC_VAULT ? literal(EFS_AUTOMATIC_VAULT) : value('vaultName', name, { input: SOURCE_VAULT_INPUT, field: 'BackupVaultName' });
    commands.add(aws('backup', 'put-backup-vault-access-policy', ['--backup-vault-name', vaultWord], ['--policy', file(FILE)], ['--region', value('region', region, factOrigin(input, 'sourceRegion'))]));
    findings.push(...commands.findings());
    needs.push(...commands.needs());
  }
  const source = fact(input, 'sourceAccountId');
  const actions = [...new Set(sv.blocking.flatMap((b) => b.actions))].join(', ');
  const fix: Fix = {
    ...fixSummary('SOURCE_VAULT_POLICY_NARROW_DENY'),
    summaryParams: { actions, ...(name ? { vault: name } : {}) },
    runIn: 'source account',
    runInAccount: 'source',
    ...(source ? { accountId: source } : {}),
    ...(region ? { region } : {}),
    documents: [{ input: SOURCE_VAULT_INPUT, fileName: FILE, text }],
    commands: commands.lines,
    needsReview: true,
  };
  const verdict = verifyFix(
    input,
    fix,
    (s: Session) => {
      const again = sourceVaultAccess({ ...input, session: s });
      return { status: again?.status ?? 'pass', findings: again?.findings ?? [], open: again !== undefined && again.status !== 'pass' };
    },
    sv.findings,
  );
  if (!verdict.ok) return { findings: verdict.finding ? [verdict.finding] : [], needs };
  return { fix, findings, needs };
}
