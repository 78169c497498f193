// The identity side of a cross-account copy: do the copy role's own IAM policies allow the copy's requests?
//
// Knowledge update §1.8 (AWS Backup developer guide, "Creating backup copies across AWS accounts"): "For cross-account
// copy jobs, the IAM role in the source account must also have … backup:CopyFromBackupVault … backup:CopyIntoBackupVault
// – Authorizes writing into the destination vault. Because this is a cross-account call, this permission must be
// present in both the identity-based policy (attached to the IAM role) and the resource-based policy (on the destination
// backup vault)." `AWSBackupServiceRolePolicyForBackup` includes both.
//
// The requests: the copy job's role calling backup:CopyIntoBackupVault on the destination vault ARN and
// backup:CopyFromBackupVault on the source recovery point (its ARN as the copy job gives it, with backup:CopyTargets the
// destination vault), both as AWS Backup makes them. Each pasted policy is evaluated as an identity policy (no Principal
// element); a Deny in any of them denies, an Allow in any of them allows. Attached managed policies whose documents the
// paste lacks leave a missing Allow open (unknown), except AWSBackupServiceRolePolicyForBackup (it allows both).
//
// The fix, for missing Allows only: a new inline policy with one statement per missing action on exactly the copy's
// resource, `aws iam put-role-policy` in the source account. A Deny is never edited here: a person decides.
import { pastedCopyJob } from '../inputs/rejections';
import { readRolePolicies, type RolePoliciesRead, type RolePolicy } from '../inputs/rolePolicies';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { UNKNOWN_PART, evaluate, type ContextValue, type Request, type Unknown } from '../policy/evaluate';
import { EXAMPLE_ORG_IDS } from '../policy/grammar';
import { validValue } from '../core/formats';
import { aws, file, literal, value } from '../core/shell';
import type { Finding, Fix, Location, Session, Status } from '../types';
import { Commands, fact, finding, fixSummary, isAccountId, paste, policyLocation, statementLabel, type CheckInput } from './common';
import { verifyFix } from './verify';
import { unreadablePaste } from './pasteProblems';
import { VAULT_ACTION, accountRootArn, copyTime, roleSessionContext, partitionOf } from '../policy/requirements';

export const INPUT = 'copyRolePolicies' as const;
export const COPY_FROM_ACTION = 'backup:CopyFromBackupVault';
/** The actions the copy role's own policies must allow (§1.8), in the order findings name them. */
export const ROLE_COPY_ACTIONS = [VAULT_ACTION, COPY_FROM_ACTION] as const;
export type RoleCopyAction = (typeof ROLE_COPY_ACTIONS)[number];

/** The managed policy the update names as including both actions. */
const BACKUP_MANAGED_POLICY = /^arn:aws(?:-cn|-us-gov)?:iam::aws:policy\/service-role\/AWSBackupServiceRolePolicyForBackup$/;
const AWS_MANAGED = /^arn:aws(?:-cn|-us-gov)?:iam::aws:policy\//;

/** What the copy's source side is, as far as the inputs say. */
export interface CopySide {
  source?: string;
  partition: string;
  roleArn?: string;
  roleName?: string;
  /** The destination vault ARN, valid, when known in full. */
  destinationVaultArn?: string;
  /** The ARN evaluated for CopyIntoBackupVault (parts not known are UNKNOWN_PART). */
  destinationVaultRequestArn: string;
  recoveryPointArn?: string;
  sourceVaultArn?: string;
}

export function copySide(input: CheckInput): CopySide {
  const job = pastedCopyJob(input.session.pastes)?.job;
  const source = fact(input, 'sourceAccountId');
  const destRegion = fact(input, 'destinationRegion');
  const dest = fact(input, 'destinationAccountId');
  const name = fact(input, 'destinationVaultName');
  const partition = partitionOf(fact(input, 'sourceRegion') ?? destRegion);
  const built = `arn:${partition}:backup:${destRegion ?? UNKNOWN_PART}:${isAccountId(dest) ? dest : UNKNOWN_PART}:backup-vault:${name ?? UNKNOWN_PART}`;
  const destinationVaultArn = validValue('vaultArn', job?.destinationVaultArn) ?? validValue('vaultArn', built.includes(UNKNOWN_PART) ? undefined : built);
  const roleArn = validValue('roleArn', job?.iamRoleArn);
  const roleName = roleArn ? /role\/(?:.*\/)?([^/]+)$/.exec(roleArn)?.[1] : undefined;
  return {
    ...(isAccountId(source) ? { source } : {}),
    partition,
    ...(roleArn ? { roleArn } : {}),
    ...(roleName ? { roleName } : {}),
    ...(destinationVaultArn ? { destinationVaultArn } : {}),
    destinationVaultRequestArn: destinationVaultArn ?? built,
    ...(job?.sourceRecoveryPointArn ? { recoveryPointArn: job.sourceRecoveryPointArn } : {}),
    ...(job?.sourceVaultArn ? { sourceVaultArn: job.sourceVaultArn } : {}),
  };
}

/** The request the copy role makes for `action`, as AWS Backup makes it with the role's session. */
export function roleRequest(input: CheckInput, side: CopySide, action: string, resource: string | undefined): Request {
  const org = fact(input, 'organizationId');
  const now = copyTime();
  const context: Record<string, ContextValue> = {
    ...roleSessionContext(now),
    'aws:PrincipalOrgID': org ?? { unknownExcept: EXAMPLE_ORG_IDS },
  };
  if (side.source) context['aws:PrincipalAccount'] = side.source;
  if (side.roleArn) context['aws:PrincipalArn'] = side.roleArn;
  if (action === COPY_FROM_ACTION && side.destinationVaultArn) context['backup:CopyTargets'] = [side.destinationVaultArn];
  const account = side.source;
  const principal: Request['principal'] = side.roleArn
    ? { type: 'AWS', arn: side.roleArn, ...(account ? { account } : {}) }
    : { type: 'AWS', arn: accountRootArn(account ?? '000000000000', side.partition), ...(account ? { account } : {}), arnUnknown: true };
  return { principal, action, ...(resource ? { resource } : {}), context, absentKey: (key) => absentFromCopyCall('backup', action, key) };
}

function resourceOf(side: CopySide, action: RoleCopyAction): string | undefined {
  return action === VAULT_ACTION ? side.destinationVaultRequestArn : side.recoveryPointArn;
}

function policyLabel(p: RolePolicy, i: number): string {
  return p.name ?? p.arn ?? `#${i + 1}`;
}

function statementLoc(p: RolePolicy, index: number): Location {
  if (!p.parsed || p.fromString) return policyLocation(INPUT, p.parsed, p.path);
  const key = Object.keys(p.document).find((k) => k.toLowerCase() === 'statement') ?? 'Statement';
  const path = Array.isArray(p.document[key]) ? [...p.path, key, index] : [...p.path, key];
  return policyLocation(INPUT, p.parsed, path);
}

export interface ActionVerdict {
  action: RoleCopyAction;
  resource?: string;
  decision: 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';
}

export interface RoleAccess {
  status: Status;
  findings: Finding[];
  needs: string[];
  read?: RolePoliciesRead;
  verdicts: ActionVerdict[];
  side: CopySide;
}

/** The copy role's policies against the copy's requests. Undefined when no role policies are pasted. */
export function roleAccess(input: CheckInput): RoleAccess | undefined {
  const text = paste(input, INPUT);
  if (!text) return undefined;
  const side = copySide(input);
  const findings: Finding[] = [];
  const read = readRolePolicies(text, side.roleArn);
  if (!read) {
    const f = unreadablePaste(input, INPUT);
    return { status: 'unknown', findings: f ? [f] : [], needs: [INPUT], verdicts: [], side };
  }
  if (read.roleMissing) {
    const roles = read.roleMissing.listed.join(', ');
    findings.push(
      read.roleMissing.wanted
        ? finding('IAM_ROLE_NOT_IN_DETAILS', 'warning', { roleName: read.roleMissing.wanted, roles }, policyLocation(INPUT, undefined, []))
        : finding('IAM_ROLE_NOT_IN_DETAILS_UNKNOWN_ROLE', 'warning', { roles }, policyLocation(INPUT, undefined, [])),
    );
    return { status: 'unknown', findings, needs: read.roleMissing.wanted || pastedCopyJob(input.session.pastes) ? [INPUT] : ['copyJob', INPUT], read, verdicts: [], side };
  }
  if (read.otherRoles.length > 0) {
    // Policies of another role say nothing about the copy role's: which of them are the copy role's is not known.
    findings.push(finding('IAM_ROLE_POLICIES_OF_OTHER_ROLE', 'warning', { roles: read.otherRoles.join(', ') }, policyLocation(INPUT, undefined, [])));
    return { status: 'unknown', findings, needs: [INPUT], read, verdicts: [], side };
  }

  const backupManaged = read.attachedWithoutDocument.find((a) => BACKUP_MANAGED_POLICY.test(a.arn));
  const unread = read.attachedWithoutDocument.filter((a) => !BACKUP_MANAGED_POLICY.test(a.arn));
  const unreadCustomer = unread.filter((a) => !AWS_MANAGED.test(a.arn));
  const needs: string[] = [];
  const verdicts: ActionVerdict[] = [];
  let usedManaged = false;
  for (const action of ROLE_COPY_ACTIONS) {
    const resource = resourceOf(side, action);
    const request = roleRequest(input, side, action, resource);
    const denies: Finding[] = [];
    const undecidedDeny: Finding[] = [];
    const undecidedAllow: Finding[] = [];
    let allowed = false;
    read.policies.forEach((p, i) => {
      const d = evaluate(p.document, request, { requirePrincipal: false });
      const label = policyLabel(p, i);
      if (d.decision === 'explicit-deny') {
        for (const s of d.deciding) denies.push(finding('IAM_ROLE_POLICY_DENIES_COPY', 'error', { policy: label, statement: statementLabel(s.index, s.sid), action }, statementLoc(p, s.index)));
      } else if (d.decision === 'allow') allowed = true;
      else if (d.decision === 'unknown') {
        const deny = d.deciding.some((s) => s.effect === 'Deny');
        for (const u of d.unknowns ?? []) (deny ? undecidedDeny : undecidedAllow).push(undecidedFinding(p, label, u, action, side));
      }
    });
    let decision: ActionVerdict['decision'];
    if (denies.length > 0) {
      decision = 'explicit-deny';
      findings.push(...denies);
    } else if (undecidedDeny.length > 0) {
      decision = 'unknown';
      findings.push(...undecidedDeny);
    } else if (allowed) decision = 'allow';
    else if (backupManaged) {
      decision = 'allow';
      usedManaged = true;
    } else if (undecidedAllow.length > 0 || unread.length > 0) {
      decision = 'unknown';
      findings.push(...undecidedAllow);
    } else decision = 'implicit-deny';
    verdicts.push({ action, ...(resource && !resource.includes(UNKNOWN_PART) ? { resource } : {}), decision });
  }
  for (const f of findings) if (f.code === 'IAM_ROLE_POLICY_NEEDS_RESOURCE') needs.push(...resourceNeeds(input, f.params?.action as string));
  if (needs.includes('copyJob') && !pastedCopyJob(input.session.pastes)) {
    // A copy job is pasted and cannot be read: say so where it is asked for again.
    const why = unreadablePaste(input, 'copyJob');
    if (why) findings.push(why);
  }
  if (needs.includes('copyJob') && pastedCopyJob(input.session.pastes) && !side.recoveryPointArn) {
    // The pasted copy job names no (valid) source recovery point: say why it is asked for again.
    findings.push(finding('IAM_ROLE_COPY_JOB_WITHOUT_RECOVERY_POINT', 'warning', {}, { input: pastedCopyJob(input.session.pastes)!.input, path: [] }));
  }

  const missing = verdicts.filter((v) => v.decision === 'implicit-deny');
  for (const v of missing) {
    findings.push(
      v.resource
        ? finding('IAM_ROLE_POLICY_ACTION_NOT_ALLOWED', 'error', { action: v.action, resource: v.resource }, policyLocation(INPUT, undefined, []))
        : finding('IAM_ROLE_POLICY_ACTION_NOT_ALLOWED_ANYWHERE', 'error', { action: v.action }, policyLocation(INPUT, undefined, [])),
    );
  }
  const undecidedByUnread = verdicts.some((v) => v.decision === 'unknown') && unread.length > 0;
  if (unread.length > 0 && (undecidedByUnread || unreadCustomer.length > 0)) {
    findings.push(finding('IAM_ROLE_POLICY_DOCUMENTS_MISSING', 'warning', { policies: unread.map((a) => a.name ?? a.arn).join(', ') }, policyLocation(INPUT, undefined, [])));
    if (undecidedByUnread) needs.push(INPUT);
  }
  if (usedManaged && backupManaged) findings.push(finding('IAM_ROLE_MANAGED_POLICY_ALLOWS_COPY', 'suggestion', { policy: backupManaged.name ?? 'AWSBackupServiceRolePolicyForBackup' }));
  if (read.permissionsBoundaryArn) findings.push(finding('IAM_ROLE_PERMISSIONS_BOUNDARY_NOT_READ', 'warning', { boundaryArn: read.permissionsBoundaryArn }));

  let status: Status;
  if (verdicts.some((v) => v.decision === 'explicit-deny' || v.decision === 'implicit-deny')) status = 'fail';
  else if (verdicts.some((v) => v.decision === 'unknown')) status = 'unknown';
  else {
    status = findings.some((f) => f.severity !== 'suggestion') ? 'warn' : 'pass';
    findings.push(finding('IAM_ROLE_POLICIES_ALLOW_COPY', 'suggestion', { actions: ROLE_COPY_ACTIONS.join(', ') }));
  }
  return { status, findings, needs: [...new Set(needs)], read, verdicts, side };
}

function undecidedFinding(p: RolePolicy, label: string, u: Unknown, action: string, side: CopySide): Finding {
  const loc = statementLoc(p, u.index);
  const base = { policy: label, statement: statementLabel(u.index, u.sid), action };
  if (u.reason === 'resource-unknown') return finding('IAM_ROLE_POLICY_NEEDS_RESOURCE', 'warning', base, loc);
  if (u.key) return finding('IAM_ROLE_POLICY_CONDITION_UNDECIDED', 'warning', { ...base, key: u.key }, loc);
  void side;
  return finding('IAM_ROLE_POLICY_STATEMENT_UNDECIDED', 'warning', base, loc);
}

/** The inputs that give the ARN a statement's Resource is compared with. */
function resourceNeeds(input: CheckInput, action: string | undefined): string[] {
  if (action === COPY_FROM_ACTION) return pastedCopyJob(input.session.pastes)?.job.sourceRecoveryPointArn ? [] : ['copyJob'];
  const missing = (['destinationVaultName', 'destinationRegion', 'destinationAccountId'] as const).filter((k) => !fact(input, k));
  return pastedCopyJob(input.session.pastes) ? missing : ['copyJob', ...missing];
}

export const ROLE_POLICY_NAME = 'CopyDoctorCrossAccountCopy';
export const ROLE_POLICY_FILE = 'copy-role-policy.json';
const SIDS: Record<RoleCopyAction, string> = { [VAULT_ACTION]: 'AllowCopyIntoDestinationVault', [COPY_FROM_ACTION]: 'AllowCopyFromSourceRecoveryPoint' };

/** The new inline policy: one Allow per missing action, on exactly the copy's resource. */
export function copyRolePolicy(missing: { action: RoleCopyAction; resource: string }[]): string {
  const Statement = missing.map((m) => ({ Sid: SIDS[m.action], Effect: 'Allow', Action: m.action, Resource: m.resource }));
  return `${JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)}\n`;
}

/**
 * The fix for missing Allows (never for a Deny): the new inline policy and its put-role-policy command, verified by
 * re-running the check with the policy added to the pasted ones. Undefined when there is nothing it can add.
 */
export function roleAccessFix(input: CheckInput, access: RoleAccess, rerun: (s: Session) => RoleAccess): { fix?: Fix; findings: Finding[]; needs: string[] } {
  const findings: Finding[] = [];
  const needs: string[] = [];
  // A Deny is for a person; a request still undecided would leave the corrected role undecided too (its needs say why).
  if (!access.read || access.status !== 'fail' || access.verdicts.some((v) => v.decision === 'explicit-deny' || v.decision === 'unknown')) return { findings, needs: access.needs };
  const missing = access.verdicts.filter((v) => v.decision === 'implicit-deny');
  if (missing.length === 0) return { findings, needs };
  const side = access.side;
  const withArns: { action: RoleCopyAction; resource: string }[] = [];
  for (const m of missing) {
    const arn = m.action === VAULT_ACTION ? side.destinationVaultArn : validValue('recoveryPointArn', side.recoveryPointArn);
    if (!arn) {
      findings.push(finding('IAM_ROLE_POLICY_FIX_NEEDS_ARN', 'warning', { action: m.action }, { input: pastedCopyJob(input.session.pastes)?.input ?? 'copyJob', path: [] }));
      const more = resourceNeeds(input, m.action);
      needs.push(...(more.length > 0 ? more : ['copyJob']));
      const why = pastedCopyJob(input.session.pastes) ? undefined : unreadablePaste(input, 'copyJob');
      if (why) findings.push(why);
      continue;
    }
    withArns.push({ action: m.action, resource: arn });
  }
  if (withArns.length < missing.length) return { findings, needs };
  const doc = copyRolePolicy(withArns);
  const roleName = side.roleName ?? validValue('roleName', access.read.roleName);
  const commands = new Commands(input);
  if (roleName) {
    commands.add(
      aws(
        'iam',
        'put-role-policy',
        ['--role-name', value('roleName', roleName, side.roleName ? { input: pastedCopyJob(input.session.pastes)?.input ?? 'copyJob', field: 'IamRoleArn' } : { input: INPUT, field: 'RoleName' })],
        ['--policy-name', literal(ROLE_POLICY_NAME)],
        ['--policy-document', file(ROLE_POLICY_FILE)],
      ),
    );
  } else {
    findings.push(finding('IAM_ROLE_NAME_UNKNOWN', 'warning', { fileName: ROLE_POLICY_FILE }, { input: pastedCopyJob(input.session.pastes)?.input ?? 'copyJob', path: [] }));
    needs.push('copyJob');
  }
  findings.push(...commands.findings());
  needs.push(...commands.needs());
  const fix: Fix = {
    ...fixSummary(roleName ? 'IAM_ROLE_ADD_COPY_PERMISSIONS' : 'IAM_ROLE_ADD_COPY_PERMISSIONS_UNKNOWN_ROLE'),
    summaryParams: { actions: withArns.map((m) => m.action).join(', '), policyName: ROLE_POLICY_NAME, ...(roleName ? { roleName } : {}) },
    runIn: 'source account',
    runInAccount: 'source',
    ...(side.source ? { accountId: side.source } : {}),
    documents: [{ input: INPUT, fileName: ROLE_POLICY_FILE, text: doc, adds: true }],
    commands: commands.lines,
  };
  // Verified with the role's other policies still there: the new inline policy is added to them (`adds`).
  const verdict = verifyFix(
    input,
    fix,
    (s) => {
      const again = rerun(s);
      return { status: again.status, findings: again.findings, open: again.verdicts.length === 0 || again.verdicts.some((v) => v.decision !== 'allow') };
    },
    access.findings,
  );
  if (!verdict.ok) return { findings: verdict.finding ? [verdict.finding] : [], needs };
  return { fix, findings, needs };
}
