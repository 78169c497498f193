// The read-only gather script for one account, in bash or PowerShell, written from the facts known so far.
// Every value comes from the session, is checked against its format and single-quoted into a values block at the
// top; a value that fails is left out (the script then skips what needs it, or finds it from an earlier call) and
// named, so the UI can ask for it. The script's calls are fixed: describe-*, get-*, list-* and sts get-caller-identity.
import { resolveFacts } from '../facts';
import { readCopyJob } from '../inputs/copyJob';
import { readOrganization } from '../inputs/outputs';
import type { Session } from '../types';
import { bashScript } from './bashScript';
import type { GatherRole } from './bundle';
import { powershellScript } from './powershellScript';
import { isValid, posixQuote, psQuote, valueProblem, type ValueKind, type ValueProblem } from './quote';

export type Shell = 'bash' | 'powershell';

/** What a gather script can be written from: the session's facts, and the IDs its pastes name. */
export interface GatherFacts {
  sourceAccountId?: string;
  destinationAccountId?: string;
  managementAccountId?: string;
  sourceRegion?: string;
  destinationRegion?: string;
  destinationVaultName?: string;
  sourceKeyArn?: string;
  destinationVaultKeyArn?: string;
  copyJobId?: string;
  sourceVaultName?: string;
  sourceRecoveryPointArn?: string;
  resourceArn?: string;
  copyRoleArn?: string;
}
export type GatherFactKey = keyof GatherFacts;

/** The facts for the scripts, from a session: its facts (an explicit fact wins), the copy job and the organization. */
export function gatherFacts(session: Session): GatherFacts {
  const resolved = resolveFacts(session).facts;
  const out: GatherFacts = {};
  for (const key of ['sourceAccountId', 'destinationAccountId', 'sourceRegion', 'destinationRegion', 'destinationVaultName', 'sourceKeyArn', 'destinationVaultKeyArn'] as const) {
    const value = resolved[key]?.value;
    if (value) out[key] = value;
  }
  const pastes = session.pastes ?? {};
  const job = [pastes.copyJob, pastes.errorMessage].map((t) => (typeof t === 'string' ? readCopyJob(t) : undefined)).find((j) => j);
  if (job?.copyJobId) out.copyJobId = job.copyJobId;
  if (job?.sourceVaultArn) {
    const name = /:backup-vault:(.+)$/.exec(job.sourceVaultArn)?.[1];
    if (name) out.sourceVaultName = name;
  }
  if (job?.sourceRecoveryPointArn) out.sourceRecoveryPointArn = job.sourceRecoveryPointArn;
  if (job?.resourceArn) out.resourceArn = job.resourceArn;
  if (job?.iamRoleArn) out.copyRoleArn = job.iamRoleArn;
  const management = [pastes.sourceOrganization, pastes.destinationOrganization].map((p) => readOrganization(p)?.masterAccountId).find((x) => x);
  if (management) out.managementAccountId = management;
  return out;
}

interface Slot {
  /** The script variable. */
  name: string;
  kind: ValueKind;
  /** Where the value comes from. */
  fact: GatherFactKey;
  /** Without it the script cannot do its main work (or cannot tell it runs in the right account). */
  required?: boolean;
}

const SLOTS: Record<GatherRole, Slot[]> = {
  source: [
    { name: 'EXPECTED_ACCOUNT', kind: 'accountId', fact: 'sourceAccountId', required: true },
    { name: 'REGION', kind: 'region', fact: 'sourceRegion', required: true },
    { name: 'COPY_JOB_ID', kind: 'copyJobId', fact: 'copyJobId' },
    { name: 'DESTINATION_VAULT_ARN', kind: 'vaultArn', fact: 'destinationVaultName' },
    { name: 'SOURCE_VAULT_NAME', kind: 'vaultName', fact: 'sourceVaultName' },
    { name: 'RECOVERY_POINT_ARN', kind: 'recoveryPointArn', fact: 'sourceRecoveryPointArn' },
    { name: 'RESOURCE_ARN', kind: 'resourceArn', fact: 'resourceArn' },
    { name: 'SOURCE_KEY', kind: 'keyId', fact: 'sourceKeyArn' },
    { name: 'COPY_ROLE_ARN', kind: 'roleArn', fact: 'copyRoleArn' },
  ],
  destination: [
    { name: 'EXPECTED_ACCOUNT', kind: 'accountId', fact: 'destinationAccountId', required: true },
    { name: 'REGION', kind: 'region', fact: 'destinationRegion', required: true },
    { name: 'DESTINATION_VAULT_NAME', kind: 'vaultName', fact: 'destinationVaultName', required: true },
    { name: 'DESTINATION_KEY', kind: 'keyId', fact: 'destinationVaultKeyArn' },
  ],
  management: [
    { name: 'EXPECTED_ACCOUNT', kind: 'accountId', fact: 'managementAccountId' },
    { name: 'REGION', kind: 'region', fact: 'sourceRegion', required: true },
    { name: 'SOURCE_ACCOUNT', kind: 'accountId', fact: 'sourceAccountId', required: true },
    { name: 'DESTINATION_ACCOUNT', kind: 'accountId', fact: 'destinationAccountId', required: true },
  ],
};

/** The destination vault ARN, built from the destination facts (the source script filters the failed jobs by it). */
function destinationVaultArn(f: GatherFacts): string | undefined {
  const { destinationRegion: region, destinationAccountId: account, destinationVaultName: name } = f;
  if (!isValid('region', region) || !isValid('accountId', account) || !isValid('vaultName', name)) return undefined;
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:backup:${region}:${account}:backup-vault:${name}`;
}

export interface RejectedValue {
  fact: GatherFactKey;
  problem: ValueProblem;
}

export interface GatherScript {
  role: GatherRole;
  shell: Shell;
  text: string;
  /** A name to save it under (`copy-doctor-gather-source.sh`). */
  fileName: string;
  /** The account and Region to run it in, when known. */
  accountId?: string;
  region?: string;
  /** Facts a complete gather needs that are missing or were refused: the UI asks for these. */
  needs: GatherFactKey[];
  /** Values that were given but failed their format, and were left out of the script. */
  rejected: RejectedValue[];
}

const ROLE_WORD: Record<GatherRole, string> = { source: 'SOURCE', destination: 'DESTINATION', management: 'MANAGEMENT' };

function header(role: GatherRole, shell: Shell, account: string | undefined, region: string | undefined, fileName: string): string[] {
  const where = `${account ? `account ${account}` : `the ${role} account`}${region ? `, Region ${region}` : ''}`;
  const run = shell === 'bash' ? `bash ${fileName} > ${role}.json      (or: bash ${fileName} ${role}.json)` : `pwsh -File ${fileName} > ${role}.json      (or: pwsh -File ${fileName} -OutFile ${role}.json)`;
  const lines = [
    `Copy Doctor gather script for the ${ROLE_WORD[role]} account: run it in ${where}.`,
    '',
    'It changes nothing. Every AWS call in it reads (describe-*, get-*, list-*, sts get-caller-identity); nothing is',
    'created, changed or deleted in any account. It prints one JSON document, a copy-doctor/bundle with each call and',
    'its output or its error, on stdout (progress on stderr). A call that fails, AccessDenied say, is recorded in the',
    'bundle and the script goes on. If you are signed in to another account than the one above, it stops after',
    'sts get-caller-identity.',
    '',
    `Save it as ${fileName}, then, signed in to that account (AWS CloudShell is simplest):`,
    `    ${run}`,
    'and drop or paste the bundle into Copy Doctor, or run: npx copy-doctor diagnose --bundle source.json ...',
    '',
  ];
  if (shell === 'bash') lines.push('Needs bash 4.4 or newer, the AWS CLI v2 and jq 1.6 or newer (AWS CloudShell has all three).');
  else {
    lines.push('Needs PowerShell 7 and the AWS CLI v2 (AWS CloudShell has both: run pwsh). It calls the aws command; the');
    lines.push('AWS Tools for PowerShell cmdlets are not used, so with only those installed, install the AWS CLI v2 as well.');
  }
  lines.push('The values below come from Copy Doctor; an empty one is found from an earlier call where it can be.');
  return lines;
}

/** The gather script for `role`, in `shell`. */
export function gatherScript(facts: GatherFacts, role: GatherRole, shell: Shell): GatherScript {
  const quote = shell === 'bash' ? posixQuote : psQuote;
  const needs: GatherFactKey[] = [];
  const rejected: RejectedValue[] = [];
  const values: [string, string][] = [];
  const chosen: Record<string, string | undefined> = {};
  for (const slot of SLOTS[role]) {
    const raw = slot.name === 'DESTINATION_VAULT_ARN' ? destinationVaultArn(facts) : facts[slot.fact]?.trim();
    let value: string | undefined;
    if (raw !== undefined && raw !== '') {
      const problem = valueProblem(slot.kind, raw);
      if (problem) {
        rejected.push({ fact: slot.fact, problem });
        if (!needs.includes(slot.fact)) needs.push(slot.fact);
      } else value = raw;
    }
    if (value === undefined && slot.required && !needs.includes(slot.fact)) needs.push(slot.fact);
    chosen[slot.name] = value;
    values.push([slot.name, quote(value ?? '')]);
  }
  const fileName = `copy-doctor-gather-${role}.${shell === 'bash' ? 'sh' : 'ps1'}`;
  const account = chosen.EXPECTED_ACCOUNT;
  const region = chosen.REGION;
  const head = header(role, shell, account, region, fileName);
  const text = shell === 'bash' ? bashScript(role, head, values) : powershellScript(role, head, values);
  return { role, shell, text, fileName, ...(account ? { accountId: account } : {}), ...(region ? { region } : {}), needs, rejected };
}
