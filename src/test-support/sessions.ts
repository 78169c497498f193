// For tests: sessions generated from the example sessions, the way people's sessions really differ from them:
// random subsets of the facts, pastes and answers, pastes taken from other examples, small mutations of the pastes
// (cut short, a flag flipped, a key state changed, curly quotes, a trailing comma, a line lost, another account ID),
// AWS CLI errors pasted instead of outputs, odd facts (opt-in and other-partition Regions, unknown types, typos) and
// every answer the wizard asks for.
import fc from 'fast-check';
import { FACT_KEYS, PASTE_KEYS, type FactKey, type PasteKey, type Session } from '../engine/types';
import { TREE } from '../wizard/tree';
import { exampleSessions } from './examples';
import { pack } from './pack';

const steps = Object.values(TREE);
const bases = exampleSessions.map((e) => e.session);
const pool = <T>(get: (s: Session) => T | undefined): T[] => [...new Set(bases.flatMap((s) => (get(s) === undefined ? [] : [get(s)!])))];

/** Account IDs of the examples, and documentation ones people leave in. */
const ACCOUNTS = [...pool((s) => s.facts.sourceAccountId), ...pool((s) => s.facts.destinationAccountId), '111122223333', '444455556666', '123456789012'];
/** Values people type that the checks must cope with: other types, opt-in and other-partition Regions, typos. */
const ODD_FACTS: Partial<Record<FactKey, string[]>> = {
  resourceType: ['DynamoDB', 'RDS', 'Aurora', 'EBS', 'S3', 'EFS', 'Redshift', 'CloudFormation', 'Timestream', 'Neptune', 'FSx', 'EBS volume', 'Quantum'],
  sourceRegion: ['us-east-1', 'eu-west-1', 'cn-north-1', 'us-gov-west-1', 'il-central-1', 'me-south-1', 'xx-east-9'],
  destinationRegion: ['us-west-2', 'eu-central-1', 'cn-northwest-1', 'us-gov-east-1', 'af-south-1', 'ap-southeast-6'],
  sourceAccountId: [...ACCOUNTS, '2109-8765-4321', 'SourceAccountID'],
  destinationAccountId: [...ACCOUNTS, 'DestinationAccountID'],
  organizationId: ['o-a1b2c3d4e5', 'o-exampleorgid', 'o-7h2kd9x3qa'],
  destinationVaultName: ['central-vault', 'Default', 'aws/efs/automatic-backup-vault'],
};

/** AWS CLI errors people paste instead of the output. */
const CLI_ERRORS = [
  'An error occurred (AccessDeniedException) when calling the DescribeKey operation: User: arn:aws:sts::210987654321:assumed-role/ReadOnly/jane is not authorized to perform: kms:DescribeKey',
  'An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: Backup vault central-vault has no access policy',
  'An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.',
  'An error occurred (EffectivePolicyNotFoundException) when calling the DescribeEffectivePolicy operation: No effective policy of type TAG_POLICY is attached to the target.',
  'An error occurred (AccessDeniedException) when calling the DescribeGlobalSettings operation: Insufficient privileges to perform this action.',
];

/** Small changes to a paste, the kind a copy from a terminal, a chat or an older run makes. */
const mutate = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.nat({ max: Math.max(text.length - 1, 0) }).map((n) => text.slice(0, n)),
    fc.constant(text.replace(/"true"/g, '"false"')),
    fc.constant(text.replace(/"false"/g, '"true"')),
    fc.constant(text.replace(/"Enabled"/g, '"PendingDeletion"').replace(/"Enabled": true/g, '"Enabled": false')),
    fc.constant(text.replace(/"CUSTOMER"/g, '"AWS"')),
    fc.constant(text.replace(/"FAILED"/g, '"COMPLETED"').replace(/"StatusMessage": "[^"]*",?/g, '')),
    fc.constant(text.replace(/"FAILED"/g, '"RUNNING"').replace(/"StatusMessage": "[^"]*",?/g, '')),
    fc.constant(text.replace(/"(IamRoleArn|ResourceType|SourceRecoveryPointArn)": "[^"]*",?/g, '')),
    fc.constant(text.replace(/"/g, '“')),
    fc.constant(text.replace(/\n}/, ',\n}')),
    fc.constantFrom(...ACCOUNTS).map((a) => text.replace(/\b\d{12}\b/, a)),
    fc.nat().map((n) => {
      const lines = text.split('\n');
      lines.splice(n % Math.max(lines.length, 1), 1);
      return lines.join('\n');
    }),
  );

const pastePool = Object.fromEntries(PASTE_KEYS.map((k) => [k, pool((s) => s.pastes[k])])) as Record<PasteKey, string[]>;
const MESSAGES = pack.errors.map((e) => e.example);

function pasteChoice(base: Session, key: PasteKey): fc.Arbitrary<string | undefined> {
  const own = base.pastes[key];
  const others = pastePool[key];
  const choices: fc.WeightedArbitrary<string | undefined>[] = [{ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...CLI_ERRORS) }];
  if (own !== undefined) choices.push({ weight: 6, arbitrary: fc.constant(own) }, { weight: 3, arbitrary: mutate(own) });
  if (others.length > 0) choices.push({ weight: 2, arbitrary: fc.constantFrom(...others) }, { weight: 1, arbitrary: fc.constantFrom(...others).chain(mutate) });
  if (key === 'errorMessage') choices.push({ weight: 3, arbitrary: fc.constantFrom(...MESSAGES) });
  return fc.oneof(...choices);
}

function factChoice(base: Session, key: FactKey): fc.Arbitrary<string | undefined> {
  const own = base.facts[key];
  const others = [...pool((s) => s.facts[key]), ...(ODD_FACTS[key] ?? [])];
  const choices: fc.WeightedArbitrary<string | undefined>[] = [{ weight: 3, arbitrary: fc.constant(undefined) }];
  if (own !== undefined) choices.push({ weight: 6, arbitrary: fc.constant(own) });
  if (others.length > 0) choices.push({ weight: 2, arbitrary: fc.constantFrom(...others) });
  return fc.oneof(...choices);
}

const ANSWERS: Record<string, string[]> = {
  ...Object.fromEntries(steps.flatMap((n) => n.questions ?? []).filter((q) => q.id !== 'start').map((q) => [q.id, q.options])),
  copyRetentionDays: ['7', '35', '400', 'never', 'soon'],
  destinationCustomerKeyArn: ['arn:aws:kms:eu-west-1:345678901234:key/6d2e8b41-7f3a-4c95-b0d8-e1a7c4f93b26', 'alias/backup'],
  sourceOrganizationPath: ['o-7h2kd9x3qa/r-ab12/ou-ab12-11111111/*'],
  destinationOrganizationPath: ['o-7h2kd9x3qa/r-ab12/ou-ab12-22222222/'],
};

function answerChoice(base: Session, id: string): fc.Arbitrary<string | undefined> {
  const own = base.answers[id];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    ...(own !== undefined ? [{ weight: 5, arbitrary: fc.constant(own) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...(ANSWERS[id] ?? ['x'])) },
  );
}

const defined = (o: Record<string, string | undefined>) => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));

/** Sessions drawn from the example sessions: subsets, swaps between examples, mutations, odd values, CLI errors. */
export const generatedSessions: fc.Arbitrary<Session> = fc.constantFrom(...bases).chain((base) =>
  fc
    .record({
      facts: fc.record(Object.fromEntries(FACT_KEYS.map((k) => [k, factChoice(base, k)])) as Record<FactKey, fc.Arbitrary<string | undefined>>),
      pastes: fc.record(Object.fromEntries(PASTE_KEYS.map((k) => [k, pasteChoice(base, k)])) as Record<PasteKey, fc.Arbitrary<string | undefined>>),
      answers: fc.record(Object.fromEntries(Object.keys(ANSWERS).map((k) => [k, answerChoice(base, k)]))),
    })
    .map(({ facts, pastes, answers }): Session => ({ format: 'copy-doctor/session', version: 1, facts: defined(facts), pastes: defined(pastes), answers: defined(answers) })),
);

