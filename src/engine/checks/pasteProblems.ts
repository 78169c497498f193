// A paste that is there but cannot be read. A check that still needs such an input says why it asks again: the text
// is an AWS CLI error instead of the output, or not the output the step asks for. Findings point at the whole paste.
import { readCopyJob } from '../inputs/copyJob';
import { readPolicyText } from '../json/policyText';
import { outputLocation, readOutput } from '../inputs/outputs';
import type { Finding, PasteKey } from '../types';
import { paste, type CheckInput } from './common';
import { findingsFor } from './registry';

/** Every finding code this module emits, for any check that uses it. */
export const PASTE_CODES = [
  'COPY_JOB_WITHOUT_ROLE',
  'PASTE_CLI_ERROR',
  'PASTE_EVALUATED_AFTER_REPAIR',
  'PASTE_NOT_RECOGNISED',
] as const;
const finding = findingsFor(PASTE_CODES);

/** The command whose output each of these inputs is (no IDs: the step shows the filled-in command). */
const COMMAND: Partial<Record<PasteKey, string>> = {
  copyJob: 'aws backup describe-copy-job',
  sourceKeyMetadata: 'aws kms describe-key',
  destinationKeyMetadata: 'aws kms describe-key',
  destinationVault: 'aws backup describe-backup-vault',
  sourceOrganization: 'aws organizations describe-organization',
  destinationOrganization: 'aws organizations describe-organization',
};

/**
 * `PASTE_CLI_ERROR` when the pasted text is an AWS CLI error (`An error occurred (Code) when calling ...`), else
 * `PASTE_NOT_RECOGNISED`. Undefined when nothing was pasted. Call it only once the reader has given up on the paste.
 */
export function unreadablePaste(input: CheckInput, key: PasteKey): Finding | undefined {
  const text = paste(input, key);
  if (!text) return undefined;
  const out = readOutput(text);
  const command = COMMAND[key] ?? key;
  if (out.cliError) return finding('PASTE_CLI_ERROR', 'warning', { code: out.cliError.code, command }, outputLocation(key, out, []));
  return finding('PASTE_NOT_RECOGNISED', 'warning', { command }, outputLocation(key, out, []));
}

/**
 * The pasted copy job (describe-copy-job output, or one pasted as the error message) when it names no job role, as a
 * finding on that paste: the role is then asked for through a paste the session already has.
 */
export function copyJobWithoutRole(input: CheckInput): Finding | undefined {
  for (const key of ['copyJob', 'errorMessage'] as const) {
    const text = paste(input, key);
    const job = text ? readCopyJob(text) : undefined;
    if (!job) continue;
    if (job.iamRoleArn) return undefined;
    return finding('COPY_JOB_WITHOUT_ROLE', 'warning', {}, outputLocation(key, readOutput(text), []));
  }
  return undefined;
}

/**
 * `PASTE_EVALUATED_AFTER_REPAIR` for a pasted policy (an SCP, a tag policy) with paste damage: curly quotes, trailing
 * commas, comments... It was read after the repair, which is what AWS holds; the text as pasted would be refused, so
 * a verdict that would pass warns instead (ADR 5). Points at the first damage.
 */
export function repairedPaste(input: CheckInput, key: PasteKey): Finding | undefined {
  const text = paste(input, key);
  if (!text) return undefined;
  const damage = readPolicyText(text).damage;
  const first = damage[0];
  if (!first) return undefined;
  return finding('PASTE_EVALUATED_AFTER_REPAIR', 'warning', { count: damage.length }, { input: key, path: [], line: first.line, column: first.column, offset: first.offset, length: first.length });
}
