// Check: are the source and destination accounts members of the same AWS Organization? (knowledge file, 1.1)
//
// Evidence, strongest first: `aws organizations describe-organization` pasted for each account (compare
// Organization.Id; an account outside any organization answers AWSOrganizationsNotInUseException), the copy job's
// own message ('organization-mismatch'), and the wizard answer `organization` (same | different | not-sure).
import { outputLocation, readOrganization, reportedMessage, type OrganizationRead } from '../inputs/outputs';
import type { CheckResult, Finding, Fix, Params } from '../types';
import { aws } from '../core/shell';
import { fact, fixSummary, paste, result, type CheckInput } from './common';
import { unreadablePaste } from './pasteProblems';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'ORG_SOURCE_NOT_IN_ORGANIZATION',
  'ORG_DESTINATION_NOT_IN_ORGANIZATION',
  'ORG_CONSOLIDATED_BILLING_ONLY',
  'ORG_DIFFERENT',
  'ORG_SAME',
  'ORG_ID_NOT_IN_PASTE',
  'ORG_MISMATCH_REPORTED',
  'ORG_ANSWER_DIFFERENT',
  'ORG_ANSWER_CONTRADICTED',
] as const;
const FIX_CODES = ['ORG_MOVE_ACCOUNT'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const organizationCheck = defineCheck({
  id: 'organization',
  step: CHECK_STEPS['organization'],
  factsUsed: ['sourceAccountId', 'destinationAccountId', 'organizationId'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkOrganization,
});

const ID = 'organization' as const;

type Side = 'source' | 'destination';

function readSide(input: CheckInput, side: Side): OrganizationRead | undefined {
  return readOrganization(paste(input, side === 'source' ? 'sourceOrganization' : 'destinationOrganization'));
}

/** The catalogue's wording of a message, when the pasted one cannot be quoted. */
export function exampleMessage(input: CheckInput, id: string): string {
  return input.knowledge?.errors.find((e) => e.id === id)?.example ?? id;
}

function buildFix(input: CheckInput, params: Params, confirm: boolean): Fix {
  const source = fact(input, 'sourceAccountId');
  const destination = fact(input, 'destinationAccountId');
  const summaryParams: Params = { ...params };
  if (source) summaryParams.source = source;
  if (destination) summaryParams.destination = destination;
  return {
    ...fixSummary(fixCode('ORG_MOVE_ACCOUNT')),
    summaryParams,
    runIn: 'management account',
    runInAccount: 'management',
    documents: [],
    // Confirming which organization each account is in is the meaningful command; moving accounts is a decision.
    commands: confirm ? [aws('organizations', 'describe-organization', ['--query', 'Organization.Id'], ['--output', 'text']).text] : [],
  };
}

/** `statusMessage`: the copy job's status message when the caller already has it (else it is read from the pastes). */
export function checkOrganization(input: CheckInput, statusMessage?: string): CheckResult {
  const source = fact(input, 'sourceAccountId');
  const destination = fact(input, 'destinationAccountId');
  if (source && destination && source === destination) return result(ID, 'not-applicable', []);

  const findings: Finding[] = [];
  let failed = false;
  let passed = false;
  let warned = false;
  const needs: string[] = [];
  const failParams: Params = {};

  const src = readSide(input, 'source');
  const dst = readSide(input, 'destination');
  for (const [side, read] of [['source', src], ['destination', dst]] as const) {
    const inputKey = side === 'source' ? 'sourceOrganization' : 'destinationOrganization';
    if (!read) {
      // Pasted but not readable: say so, since the input is asked for again below.
      const unreadable = unreadablePaste(input, inputKey);
      if (unreadable) findings.push(unreadable);
      continue;
    }
    if (read.notInOrganization) {
      failed = true;
      const account = side === 'source' ? source : destination;
      const code = side === 'source' ? 'ORG_SOURCE_NOT_IN_ORGANIZATION' : 'ORG_DESTINATION_NOT_IN_ORGANIZATION';
      findings.push(finding(code, 'error', account ? { account } : {}, outputLocation(inputKey, read.out, [])));
      continue;
    }
    if (read.featureSet && read.featureSet !== 'ALL') {
      warned = true;
      findings.push(
        finding('ORG_CONSOLIDATED_BILLING_ONLY', 'warning', { side, featureSet: read.featureSet, ...(read.id ? { organizationId: read.id } : {}) }, outputLocation(inputKey, read.out, read.paths.FeatureSet ?? [])),
      );
    }
  }

  if (src?.id && dst?.id) {
    if (src.id !== dst.id) {
      failed = true;
      failParams.sourceOrganization = src.id;
      failParams.destinationOrganization = dst.id;
      findings.push(
        finding('ORG_DIFFERENT', 'error', { sourceOrganization: src.id, destinationOrganization: dst.id }, outputLocation('destinationOrganization', dst.out, dst.paths.Id ?? ['Organization', 'Id'])),
      );
    } else {
      passed = true;
      findings.push(finding('ORG_SAME', 'suggestion', { organizationId: src.id }, outputLocation('destinationOrganization', dst.out, dst.paths.Id ?? ['Organization', 'Id'])));
    }
  } else if ((src?.id && !dst) || (dst?.id && !src)) {
    needs.push(src ? 'destinationOrganization' : 'sourceOrganization');
  }
  // An output without the organization's Id (only the management account, say) cannot be compared.
  for (const [key, read] of [['sourceOrganization', src], ['destinationOrganization', dst]] as const) {
    if (read && !read.notInOrganization && !read.id) findings.push(finding('ORG_ID_NOT_IN_PASTE', 'warning', {}, outputLocation(key, read.out, [])));
  }

  const match = input.triage.find((m) => m.messageId === 'organization-mismatch');
  if (match) {
    failed = true;
    const message = statusMessage?.trim() || reportedMessage(input.session.pastes) || exampleMessage(input, 'organization-mismatch');
    findings.push(finding('ORG_MISMATCH_REPORTED', 'error', { message }));
  }

  const answer = input.session.answers?.organization;
  if (answer === 'different') {
    failed = true;
    findings.push(finding('ORG_ANSWER_DIFFERENT', 'error'));
  } else if (answer === 'same') {
    if (!src?.id || !dst?.id) passed = true;
    if (failed) findings.push(finding('ORG_ANSWER_CONTRADICTED', 'warning'));
  }

  if (failed) {
    const confirm = !(src?.id && dst?.id);
    return result(ID, 'fail', findings, { fix: buildFix(input, failParams, confirm) });
  }
  if (passed) return result(ID, warned ? 'warn' : 'pass', findings);
  // Undecided: a warning about one side does not make the check `warn` (that means allowed); it stays unknown.
  if (!src?.id) needs.push('sourceOrganization');
  if (!dst?.id) needs.push('destinationOrganization');
  needs.push('organization');
  return result(ID, 'unknown', findings, { needs });
}
