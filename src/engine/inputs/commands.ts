// The command that produces each pasted input, filled with the user's own IDs, Regions and names,
// and the account it has to run in. Nothing here invents a value: what is unknown is named as missing, and a value
// without its format (a vault name holding `;`) is never written: its placeholder stands there instead.
import { aws, literal, placeholder, value, type Command, type Rejection } from '../core/shell';
import { validValue, type ValueKind } from '../core/formats';
import type { FactKey, Facts, PasteKey } from '../types';

export type AccountRole = 'source' | 'destination' | 'management' | 'any';

export interface GatherCommand {
  /** One `aws` invocation a line, to run in order. */
  commands: string[];
  runIn: AccountRole;
  accountId?: string;
  /** Facts the command needs but the user has not given (or gave without their format); a placeholder stands in. */
  missing: FactKey[];
  /** Facts given without their format: the command shows their placeholder instead. */
  rejected: Rejection[];
}

type Fact = (key: FactKey, kind: ValueKind) => ReturnType<typeof value>;
type Spec = { runIn: AccountRole; build: (fact: Fact, f: Facts) => Command[] };

const region = (fact: Fact, key: 'sourceRegion' | 'destinationRegion', f: Facts) => f[key]?.trim() && (['--region', fact(key, 'region')] as const);

const SPECS: Partial<Record<PasteKey, Spec>> = {
  copyJob: {
    runIn: 'source',
    build: (fact, f) => [
      aws('backup', 'list-copy-jobs', ['--by-state', 'FAILED'], region(fact, 'sourceRegion', f)),
      aws('backup', 'describe-copy-job', ['--copy-job-id', placeholder('COPY_JOB_ID')], region(fact, 'sourceRegion', f)),
    ],
  },
  sourceKeyPolicy: {
    runIn: 'source',
    build: (fact, f) => [
      aws(
        'kms',
        'get-key-policy',
        ['--key-id', fact('sourceKeyArn', 'kmsKey')],
        ['--policy-name', 'default'],
        ['--query', 'Policy'],
        ['--output', 'text'],
        region(fact, 'sourceRegion', f),
      ),
    ],
  },
  sourceKeyMetadata: {
    runIn: 'source',
    build: (fact, f) => [aws('kms', 'describe-key', ['--key-id', fact('sourceKeyArn', 'kmsKeyRef')], region(fact, 'sourceRegion', f))],
  },
  destinationVaultPolicy: {
    runIn: 'destination',
    build: (fact, f) => [
      aws('backup', 'get-backup-vault-access-policy', ['--backup-vault-name', fact('destinationVaultName', 'vaultName')], region(fact, 'destinationRegion', f)),
    ],
  },
  destinationVault: {
    runIn: 'destination',
    build: (fact, f) => [aws('backup', 'describe-backup-vault', ['--backup-vault-name', fact('destinationVaultName', 'vaultName')], region(fact, 'destinationRegion', f))],
  },
  destinationKeyMetadata: {
    runIn: 'destination',
    build: (fact, f) => [aws('kms', 'describe-key', ['--key-id', fact('destinationVaultKeyArn', 'kmsKeyRef')], region(fact, 'destinationRegion', f))],
  },
  globalSettings: { runIn: 'management', build: () => [aws('backup', 'describe-global-settings')] },
  sourceOrganization: { runIn: 'source', build: () => [aws('organizations', 'describe-organization')] },
  destinationOrganization: { runIn: 'destination', build: () => [aws('organizations', 'describe-organization')] },
  tagPolicy: {
    runIn: 'management',
    build: (fact) => [aws('organizations', 'describe-effective-policy', ['--policy-type', 'TAG_POLICY'], ['--target-id', fact('sourceAccountId', 'accountId')])],
  },
  serviceControlPolicies: {
    runIn: 'management',
    build: (fact) => [
      aws('organizations', 'list-policies-for-target', ['--target-id', fact('sourceAccountId', 'accountId')], ['--filter', 'SERVICE_CONTROL_POLICY']),
      aws('organizations', 'describe-policy', ['--policy-id', placeholder('POLICY_ID')], ['--query', literal('Policy.Content')], ['--output', 'text']),
    ],
  },
  // The RCPs that apply to the source key's account (directly attached; repeat for its OUs and the root).
  resourceControlPolicies: {
    runIn: 'management',
    build: (fact) => [
      aws('organizations', 'list-policies-for-target', ['--target-id', fact('sourceAccountId', 'accountId')], ['--filter', 'RESOURCE_CONTROL_POLICY']),
      aws('organizations', 'describe-policy', ['--policy-id', placeholder('POLICY_ID')]),
    ],
  },
  regionSettings: { runIn: 'source', build: (fact, f) => [aws('backup', 'describe-region-settings', region(fact, 'sourceRegion', f))] },
  allowedImages: { runIn: 'destination', build: (fact, f) => [aws('ec2', 'get-allowed-images-settings', region(fact, 'destinationRegion', f))] },
};

/** The command for an input, or undefined when the input is not produced by a command (a message, tags). */
export function gatherCommand(input: PasteKey, facts: Facts): GatherCommand | undefined {
  const spec = SPECS[input];
  if (!spec) return undefined;
  const fact: Fact = (key, kind) => {
    const v = facts[key]?.trim();
    return value(kind, v ? v : undefined, { input: 'facts', fact: key });
  };
  const built = spec.build(fact, facts);
  const rejected = built.flatMap((c) => c.rejected);
  const missing = [...new Set([...built.flatMap((c) => c.missing), ...rejected].map((m) => m.origin?.fact).filter((k): k is FactKey => k !== undefined))];
  const account = spec.runIn === 'source' ? facts.sourceAccountId : spec.runIn === 'destination' ? facts.destinationAccountId : undefined;
  const accountId = validValue('accountId', account?.trim());
  return { commands: built.map((c) => c.text), runIn: spec.runIn, ...(accountId ? { accountId } : {}), missing, rejected };
}
