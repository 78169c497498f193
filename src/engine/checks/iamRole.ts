// Check: the IAM role the copy job runs with (knowledge file, section 2).
//
// Messages: "The provided role arn:... cannot be assumed by AWS Backup." (the role is missing or does not trust
// backup.amazonaws.com), "IAM Role arn:... does not have sufficient permissions to execute the backup." (attach AWS
// Backup's managed policies), "You are not authorized to perform this operation." (the caller may not pass the
// role: iam:PassRole), and the status "Failed to unshare snapshot" (the role was deleted while the copy ran).
// The role comes from the message or from the copy job's IamRoleArn.
import { copyJobPath, readCopyJob } from '../inputs/copyJob';
import { outputLocation, readOutput, reportedMessage } from '../inputs/outputs';
import { copyJobRejections, pastedCopyJob } from '../inputs/rejections';
import { aws, literal, value, type ValueOrigin } from '../core/shell';
import { checkValue, PLACEHOLDERS, roleOfArn } from '../core/formats';
import type { CheckResult, Finding, Fix, FixDocument, Params } from '../types';
import { Commands, fixSummary, fact, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { copyJobWithoutRole, unreadablePaste } from './pasteProblems';
import { roleAccess, roleAccessFix } from './copyRoleAccess';
import { sourceVaultAccess, sourceVaultFix } from './sourceVaultAccess';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'IAM_ROLE_CANNOT_BE_ASSUMED',
  'IAM_ROLE_CANNOT_BE_ASSUMED_UNKNOWN_ROLE',
  'IAM_ROLE_INSUFFICIENT_PERMISSIONS',
  'IAM_ROLE_INSUFFICIENT_PERMISSIONS_UNKNOWN_ROLE',
  'IAM_PASS_ROLE_MISSING',
  'IAM_PASS_ROLE_MISSING_UNKNOWN_ROLE',
  'IAM_ROLE_DELETED_DURING_COPY',
  'IAM_ROLE_DELETED_DURING_COPY_UNKNOWN_ROLE',
  'IAM_ROLE_COPY_COMPLETED',
  'IAM_ROLE_NOT_IMPLICATED',
  'IAM_ROLE_NOT_IMPLICATED_UNKNOWN_ROLE',
  'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS',
  'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS_UNKNOWN_ROLE',
  'IAM_ROLE_NO_OUTCOME_YET',
  'IAM_ROLE_MESSAGE_NOT_RECOGNISED',
  // The copy role's own policies (copyRoleAccess).
  'IAM_ROLE_POLICY_ACTION_NOT_ALLOWED',
  'IAM_ROLE_POLICY_ACTION_NOT_ALLOWED_ANYWHERE',
  'IAM_ROLE_POLICY_DENIES_COPY',
  'IAM_ROLE_POLICY_NEEDS_RESOURCE',
  'IAM_ROLE_POLICY_CONDITION_UNDECIDED',
  'IAM_ROLE_POLICY_STATEMENT_UNDECIDED',
  'IAM_ROLE_COPY_JOB_WITHOUT_RECOVERY_POINT',
  'IAM_ROLE_POLICY_DOCUMENTS_MISSING',
  'IAM_ROLE_MANAGED_POLICY_ALLOWS_COPY',
  'IAM_ROLE_PERMISSIONS_BOUNDARY_NOT_READ',
  'IAM_ROLE_POLICIES_ALLOW_COPY',
  'IAM_ROLE_NOT_IN_DETAILS',
  'IAM_ROLE_NOT_IN_DETAILS_UNKNOWN_ROLE',
  'IAM_ROLE_POLICIES_OF_OTHER_ROLE',
  'IAM_ROLE_POLICY_FIX_NEEDS_ARN',
  'IAM_ROLE_NAME_UNKNOWN',
  // The source vault's access policy (sourceVaultAccess).
  'SOURCE_VAULT_POLICY_DENIES_COPY',
  'SOURCE_VAULT_POLICY_DENY_UNDECIDED',
  'SOURCE_VAULT_POLICY_NO_DENY',
  'SOURCE_VAULT_EFS_DEFAULT_DENY',
  'SOURCE_VAULT_EFS_DEFAULT_POLICY',
  'SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT',
  'SOURCE_VAULT_NAME_UNKNOWN',
  'SOURCE_VAULT_REGION_UNKNOWN',
] as const;
const FIX_CODES = ['IAM_ROLE_TRUST_BACKUP', 'IAM_ROLE_TRUST_BACKUP_UNKNOWN_ROLE', 'IAM_ROLE_ATTACH_POLICIES', 'IAM_ROLE_ATTACH_POLICIES_UNKNOWN_ROLE', 'IAM_ALLOW_PASS_ROLE', 'IAM_ALLOW_PASS_ROLE_UNKNOWN_ROLE', 'IAM_KEEP_ROLE', 'IAM_KEEP_ROLE_UNKNOWN_ROLE', 'IAM_ROLE_ADD_COPY_PERMISSIONS', 'IAM_ROLE_ADD_COPY_PERMISSIONS_UNKNOWN_ROLE', 'SOURCE_VAULT_POLICY_NARROW_DENY'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const iamRoleCheck = defineCheck({
  id: 'iam-role',
  step: CHECK_STEPS['iam-role'],
  factsUsed: [],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkIamRole,
});

const ID = 'iam-role' as const;

interface Role {
  arn: string;
  partition: string;
  account: string;
  /** The role name without its path. */
  name: string;
  /** `/service-role/` for `role/service-role/NAME`, `/` when there is no path. */
  path: string;
}

/** The role ARN as written in a message or a copy job (a sentence's full stop or comma after it is not part of it). */
function roleArnText(raw: string): string {
  return raw.trim().replace(/[.,;]+$/, '');
}

/** A role from its ARN, only when the ARN is a valid IAM role ARN (its path and name in IAM's characters). */
export function parseRoleArn(raw: string | undefined): Role | undefined {
  if (!raw) return undefined;
  const arnText = roleArnText(raw);
  const role = roleOfArn(arnText);
  return role ? { arn: arnText, ...role } : undefined;
}

/** JSON on one line, for a command argument or a sentence. */
function compact(json: string): string {
  return JSON.stringify(JSON.parse(json) as unknown);
}

export function trustPolicy(): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    null,
    2,
  );
}

export function passRolePolicy(roleArn: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowPassingTheBackupRole',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: roleArn,
          Condition: { StringEquals: { 'iam:PassedToService': 'backup.amazonaws.com' } },
        },
      ],
    },
    null,
    2,
  );
}

/** AWS Backup's managed role policies; S3 has its own two. */
export function managedPolicyArns(partition: string, resourceType: string | undefined): string[] {
  const arns = [`arn:${partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup`, `arn:${partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores`];
  if (resourceType && resourceType.trim().toLowerCase() === 's3') {
    arns.push(`arn:${partition}:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup`, `arn:${partition}:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore`);
  }
  return arns;
}

function runInFor(input: CheckInput, role: Role | undefined): Pick<Fix, 'runIn' | 'runInAccount' | 'accountId'> {
  const dest = fact(input, 'destinationAccountId');
  const src = fact(input, 'sourceAccountId');
  if (role && dest && role.account === dest && role.account !== src) return { runIn: 'destination account', runInAccount: 'destination', accountId: role.account };
  return { runIn: 'source account', runInAccount: 'source', ...(role ? { accountId: role.account } : src ? { accountId: src } : {}) };
}

type Kind = 'cannot-assume' | 'permissions' | 'pass-role' | 'unshare';

function buildFix(input: CheckInput, kind: Kind, role: Role | undefined, roleOrigin: ValueOrigin, commands: Commands): Fix {
  const where = runInFor(input, role);
  const roleName = role ? (['--role-name', value('roleName', role.name, roleOrigin)] as const) : undefined;
  const getRole = () => roleName && commands.add(aws('iam', 'get-role', roleName));
  const attach = () => {
    if (!role || !roleName) return;
    for (const p of managedPolicyArns(role.partition, fact(input, 'resourceType'))) commands.add(aws('iam', 'attach-role-policy', roleName, ['--policy-arn', value('managedPolicyArn', p)]));
  };
  const params: Params = role ? { roleArn: role.arn, roleName: role.name } : {};
  const documents: FixDocument[] = [];
  switch (kind) {
    case 'cannot-assume': {
      // The trust policy goes inline: it corrects no pasted input, so it is not a FixDocument.
      const trust = compact(trustPolicy());
      getRole();
      if (roleName) commands.add(aws('iam', 'update-assume-role-policy', roleName, ['--policy-document', literal(trust)]));
      attach();
      // The command that creates the role goes in the summary (it is only needed when get-role finds no role).
      const create =
        role && roleName
          ? aws('iam', 'create-role', roleName, ['--path', value('iamPath', role.path, roleOrigin)], ['--assume-role-policy-document', literal(trust)])
          : undefined;
      const createCommand = create?.ok ? create.text : undefined;
      return {
        ...fixSummary(role && createCommand ? fixCode('IAM_ROLE_TRUST_BACKUP') : fixCode('IAM_ROLE_TRUST_BACKUP_UNKNOWN_ROLE')),
        summaryParams: role && createCommand ? { ...params, account: role.account, path: role.path, trustPolicy: trust, createCommand } : { trustPolicy: trust },
        ...where,
        documents,
        commands: commands.lines,
      };
    }
    case 'permissions':
      attach();
      return {
        ...fixSummary(role ? fixCode('IAM_ROLE_ATTACH_POLICIES') : fixCode('IAM_ROLE_ATTACH_POLICIES_UNKNOWN_ROLE')),
        summaryParams: params,
        ...where,
        documents,
        commands: commands.lines,
      };
    case 'pass-role': {
      // The statement belongs in the policy of whoever starts the copy, which no input names: shown inline.
      const statement = role ? compact(passRolePolicy(role.arn)) : undefined;
      return {
        ...fixSummary(role ? fixCode('IAM_ALLOW_PASS_ROLE') : fixCode('IAM_ALLOW_PASS_ROLE_UNKNOWN_ROLE')),
        summaryParams: role && statement ? { ...params, statement } : {},
        ...where,
        documents,
        commands: [],
      };
    }
    default:
      getRole();
      return {
        ...fixSummary(role ? fixCode('IAM_KEEP_ROLE') : fixCode('IAM_KEEP_ROLE_UNKNOWN_ROLE')),
        summaryParams: params,
        ...where,
        documents,
        commands: commands.lines,
      };
  }
}

function checkRoleItself(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  const pastes = input.session.pastes;
  const job = pastedCopyJob(pastes);
  const jobRole = job?.job.iamRoleArn;
  const jobOrigin: ValueOrigin = { input: job?.input ?? 'copyJob', field: 'IamRoleArn', path: job ? [...copyJobPath(job.text), 'IamRoleArn'] : [] };
  const commands = new Commands(input);
  commands.reject(copyJobRejections(pastes, ['IamRoleArn']));
  const message = (id: string) => reportedMessage(input.session.pastes) ?? exampleMessage(input, id);
  const find = (id: string) => input.triage.find((m) => m.messageId === id);

  const assume = find('role-cannot-be-assumed');
  const permissions = find('role-insufficient-permissions');
  const passRole = find('not-authorized-passrole');
  const unshare = find('unshare-failed');
  // The role the message names, when it is a valid role ARN (one that is not is reported); else the copy job's.
  const messageInput = paste(input, 'errorMessage') ? 'errorMessage' : 'copyJob';
  const roleFrom = (extracted: string | undefined): { role: Role | undefined; origin: ValueOrigin } => {
    const named = parseRoleArn(extracted);
    if (named) return { role: named, origin: { input: messageInput, field: 'roleArn' } };
    if (extracted) {
      const c = checkValue('roleArn', roleArnText(extracted));
      if (!c.ok) commands.reject([{ kind: 'roleArn', reason: c.reason, origin: { input: messageInput, field: 'roleArn' }, placeholder: PLACEHOLDERS.roleArn }]);
    }
    return { role: parseRoleArn(jobRole), origin: jobOrigin };
  };
  const kinds: { kind: Kind; role: Role | undefined; origin: ValueOrigin }[] = [];

  if (assume) {
    const { role, origin } = roleFrom(assume.extracted?.roleArn);
    findings.push(finding(role ? 'IAM_ROLE_CANNOT_BE_ASSUMED' : 'IAM_ROLE_CANNOT_BE_ASSUMED_UNKNOWN_ROLE', 'error', { message: message('role-cannot-be-assumed'), ...(role ? { roleArn: role.arn } : {}) }));
    kinds.push({ kind: 'cannot-assume', role, origin });
  }
  if (permissions) {
    const { role, origin } = roleFrom(permissions.extracted?.roleArn);
    findings.push(finding(role ? 'IAM_ROLE_INSUFFICIENT_PERMISSIONS' : 'IAM_ROLE_INSUFFICIENT_PERMISSIONS_UNKNOWN_ROLE', 'error', { message: message('role-insufficient-permissions'), ...(role ? { roleArn: role.arn } : {}) }));
    kinds.push({ kind: 'permissions', role, origin });
  }
  if (passRole) {
    const role = parseRoleArn(jobRole);
    findings.push(finding(role ? 'IAM_PASS_ROLE_MISSING' : 'IAM_PASS_ROLE_MISSING_UNKNOWN_ROLE', 'error', { message: message('not-authorized-passrole'), ...(role ? { roleArn: role.arn } : {}) }));
    kinds.push({ kind: 'pass-role', role, origin: jobOrigin });
  }
  if (unshare) {
    const role = parseRoleArn(jobRole);
    findings.push(finding(role ? 'IAM_ROLE_DELETED_DURING_COPY' : 'IAM_ROLE_DELETED_DURING_COPY_UNKNOWN_ROLE', 'error', { message: message('unshare-failed'), ...(role ? { roleArn: role.arn } : {}) }));
    kinds.push({ kind: 'unshare', role, origin: jobOrigin });
  }

  // The role's own policies, when pasted: do they allow the copy's requests (knowledge update §1.8)?
  const access = roleAccess(input);
  const accessFindings = access?.findings ?? [];

  if (kinds.length > 0) {
    const first = kinds[0]!;
    const fix = buildFix(input, first.kind, first.role, first.origin, commands);
    findings.push(...commands.findings());
    // What the role's policies say comes after what the message says (the message's cause is fixed first).
    if (access && access.status !== 'pass') findings.push(...accessFindings);
    // The role is named by the copy job: ask for it, and say why when the pasted one does not name it.
    const needs = first.role ? [] : ['copyJob'];
    if (!first.role) {
      const pastedJob = paste(input, 'copyJob');
      const why = copyJobWithoutRole(input) ?? (pastedJob && !readCopyJob(pastedJob) ? unreadablePaste(input, 'copyJob') : undefined);
      if (why) findings.push(why);
    }
    return result(ID, 'fail', findings, { fix, needs: [...needs, ...commands.needs()] });
  }
  findings.push(...commands.findings());

  if (access && access.status !== 'unknown') {
    // The policies decide: a missing Allow or a Deny fails, whatever the message; allowed, the copy's outcome adds what
    // it says about the rest of the role.
    findings.push(...accessFindings);
    if (access.status === 'fail') {
      const built = roleAccessFix(input, access, (s) => roleAccess({ ...input, session: s }) ?? access);
      findings.push(...built.findings);
      return result(ID, 'fail', findings, { ...(built.fix ? { fix: built.fix } : {}), needs: [...built.needs, ...commands.needs()] });
    }
    const completed = job?.job.state === 'COMPLETED';
    if (completed) findings.push(finding('IAM_ROLE_COPY_COMPLETED', 'suggestion', {}));
    return result(ID, access.status, findings, { needs: commands.needs() });
  }
  if (access) {
    // Pasted but undecided: the role may be what blocks the copy, whatever the message names.
    findings.push(...accessFindings);
    return result(ID, 'unknown', findings, { needs: [...access.needs, ...commands.needs()] });
  }

  // The check's evidence is the copy job's outcome. A job that completed, or failed with a known message about
  // something else (a key, a vault policy, a setting...), got past the role: AWS Backup assumed it and the role's
  // own calls were not what failed. Without an outcome the check is open.
  const role = parseRoleArn(jobRole);
  const completed = job?.job.state === 'COMPLETED';
  if (completed || input.triage.length > 0) {
    findings.push(finding(completed ? 'IAM_ROLE_COPY_COMPLETED' : role ? 'IAM_ROLE_NOT_IMPLICATED' : 'IAM_ROLE_NOT_IMPLICATED_UNKNOWN_ROLE', 'suggestion', role ? { roleArn: role.arn } : {}));
    // "Access Denied trying to call AWS Backup service" points at the vault policy and SCPs (the knowledge pack), but
    // a job role whose own policy lacks backup:CopyIntoBackupVault gets it too. No input here shows the role's
    // policies: say where to look if those checks pass.
    if (!completed && find('vault-policy-access-denied') && !access) {
      findings.push(finding(role ? 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS' : 'IAM_ROLE_MAY_LACK_COPY_PERMISSIONS_UNKNOWN_ROLE', 'suggestion', role ? { roleArn: role.arn } : {}));
    }
    return result(ID, 'pass', findings);
  }
  const needs: string[] = [];
  for (const key of ['errorMessage', 'copyJob'] as const) {
    const pasted = paste(input, key);
    if (!pasted) continue;
    const read = readCopyJob(pasted);
    if (read && !read.statusMessage) {
      // A job still running (or pasted without its message) has no outcome yet.
      findings.push(finding('IAM_ROLE_NO_OUTCOME_YET', 'warning', { state: read.state ?? '?' }, outputLocation(key, readOutput(pasted), [])));
    } else if (!read && key === 'copyJob') {
      const unreadable = unreadablePaste(input, key);
      if (unreadable) findings.push(unreadable);
    } else {
      // A message the product does not know: nothing to tell whether the role is involved.
      findings.push(finding('IAM_ROLE_MESSAGE_NOT_RECOGNISED', 'warning', {}, outputLocation(key, readOutput(pasted), [])));
    }
    needs.push(key);
  }
  if (!paste(input, 'copyJob')) needs.push('copyJob');
  if (needs.length === 1 && !paste(input, 'errorMessage')) needs.push('errorMessage');
  return result(ID, 'unknown', findings, { needs });
}

const RANK: Record<CheckResult['status'], number> = { 'not-applicable': 0, pass: 1, warn: 2, unknown: 3, fail: 4 };

/**
 * The check: the role itself (the message, the copy job, the role's own policies), then the source vault's access
 * policy, which can deny the role's source-side requests whatever its policies allow. The worse status wins; the fix
 * is the role's when it has one, else the source vault policy's.
 */
export function checkIamRole(input: CheckInput): CheckResult {
  const base = checkRoleItself(input);
  const sv = sourceVaultAccess(input);
  if (!sv) return base;
  const status = RANK[sv.status] > RANK[base.status] ? sv.status : base.status;
  const findings = [...base.findings, ...sv.findings];
  const needs = [...(base.needs ?? []), ...(status === 'unknown' || sv.status === 'fail' ? sv.needs : [])];
  let fix = base.fix;
  if (!fix && sv.status === 'fail') {
    const built = sourceVaultFix(input, sv);
    findings.push(...built.findings);
    needs.push(...built.needs);
    fix = built.fix;
  }
  return result(ID, status, findings, { ...(fix ? { fix } : {}), needs: status === 'pass' || status === 'warn' ? [] : needs });
}
