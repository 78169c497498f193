// The command that produces each pasted input, filled with the user's own IDs, Regions and names,
// and the account it has to run in. Nothing here invents a value: what is unknown is named as missing.
import type { FactKey, Facts, PasteKey } from '../types';

export type AccountRole = 'source' | 'destination' | 'management' | 'any';

export interface GatherCommand {
  command: string;
  runIn: AccountRole;
  accountId?: string;
  /** Facts the command needs but the user has not given; the UI asks for them instead of showing a placeholder. */
  missing: FactKey[];
}

type Spec = { runIn: AccountRole; build: (f: Facts, need: (k: FactKey) => string) => string };

const region = (r: string | undefined) => (r ? ` --region ${r}` : '');

const SPECS: Partial<Record<PasteKey, Spec>> = {
  copyJob: {
    runIn: 'source',
    build: (f) => `aws backup list-copy-jobs --by-state FAILED${region(f.sourceRegion)}\naws backup describe-copy-job --copy-job-id COPY_JOB_ID${region(f.sourceRegion)}`,
  },
  sourceKeyPolicy: {
    runIn: 'source',
    build: (f, need) =>
      `aws kms get-key-policy --key-id ${need('sourceKeyArn')} --policy-name default --query Policy --output text${region(f.sourceRegion)}`,
  },
  sourceKeyMetadata: {
    runIn: 'source',
    build: (f, need) => `aws kms describe-key --key-id ${need('sourceKeyArn')}${region(f.sourceRegion)}`,
  },
  destinationVaultPolicy: {
    runIn: 'destination',
    build: (f, need) =>
      `aws backup get-backup-vault-access-policy --backup-vault-name ${need('destinationVaultName')}${region(f.destinationRegion)}`,
  },
  destinationVault: {
    runIn: 'destination',
    build: (f, need) => `aws backup describe-backup-vault --backup-vault-name ${need('destinationVaultName')}${region(f.destinationRegion)}`,
  },
  destinationKeyMetadata: {
    runIn: 'destination',
    build: (f, need) => `aws kms describe-key --key-id ${need('destinationVaultKeyArn')}${region(f.destinationRegion)}`,
  },
  globalSettings: { runIn: 'management', build: () => 'aws backup describe-global-settings' },
  sourceOrganization: { runIn: 'source', build: () => 'aws organizations describe-organization' },
  destinationOrganization: { runIn: 'destination', build: () => 'aws organizations describe-organization' },
  tagPolicy: {
    runIn: 'management',
    build: (_f, need) =>
      `aws organizations describe-effective-policy --policy-type TAG_POLICY --target-id ${need('sourceAccountId')}`,
  },
  serviceControlPolicies: {
    runIn: 'management',
    build: (_f, need) =>
      `aws organizations list-policies-for-target --target-id ${need('sourceAccountId')} --filter SERVICE_CONTROL_POLICY\naws organizations describe-policy --policy-id POLICY_ID --query Policy.Content --output text`,
  },
};

/** The command for an input, or undefined when the input is not produced by a command (a message, tags). */
export function gatherCommand(input: PasteKey, facts: Facts): GatherCommand | undefined {
  const spec = SPECS[input];
  if (!spec) return undefined;
  const missing: FactKey[] = [];
  const need = (k: FactKey) => {
    const v = facts[k]?.trim();
    if (v) return v;
    missing.push(k);
    return k === 'sourceKeyArn' || k === 'destinationVaultKeyArn' ? 'KEY_ARN' : k === 'destinationVaultName' ? 'VAULT_NAME' : 'ACCOUNT_ID';
  };
  const command = spec.build(facts, need);
  const accountId =
    spec.runIn === 'source' ? facts.sourceAccountId : spec.runIn === 'destination' ? facts.destinationAccountId : undefined;
  return { command, runIn: spec.runIn, accountId, missing };
}
