// Check: is cross-account backup turned on in the organization's management account? (knowledge file, section 2)
//
// Evidence: `aws backup describe-global-settings` from the management account (`GlobalSettings.isCrossAccountBackupEnabled`
// is the STRING "true" or "false"), the copy job's message ('cross-account-disabled'), and the wizard answer
// `crossAccountSetting` (enabled | disabled | not-sure).
import { outputLocation, readGlobalSettings, readOrganization, readOutput, reportedMessage } from '../inputs/outputs';
import type { CheckResult, Finding, Fix } from '../types';
import { aws } from '../core/shell';
import { fact, fixSummary, isAccountId, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'CROSS_ACCOUNT_DISABLED',
  'CROSS_ACCOUNT_ENABLED',
  'CROSS_ACCOUNT_SETTING_UNREADABLE',
  'CROSS_ACCOUNT_SETTING_MISSING',
  'GLOBAL_SETTINGS_CLI_ERROR',
  'GLOBAL_SETTINGS_NOT_RECOGNISED',
  'CROSS_ACCOUNT_DISABLED_REPORTED',
  'CROSS_ACCOUNT_ANSWER_DISABLED',
  'CROSS_ACCOUNT_SETTING_CONTRADICTED',
] as const;
const FIX_CODES = ['CROSS_ACCOUNT_ENABLE_IN_ACCOUNT', 'CROSS_ACCOUNT_ENABLE'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const crossAccountSettingCheck = defineCheck({
  id: 'cross-account-setting',
  step: CHECK_STEPS['cross-account-setting'],
  factsUsed: ['sourceAccountId', 'destinationAccountId'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkCrossAccountSetting,
});

const ID = 'cross-account-setting' as const;
const INPUT = 'globalSettings' as const;

/** The management account, when a pasted describe-organization output names it. */
function managementAccount(input: CheckInput): string | undefined {
  for (const key of ['sourceOrganization', 'destinationOrganization'] as const) {
    const id = readOrganization(paste(input, key))?.masterAccountId;
    if (isAccountId(id)) return id;
  }
  return undefined;
}

function buildFix(input: CheckInput): Fix {
  const account = managementAccount(input);
  const fix: Fix = {
    ...fixSummary(account ? fixCode('CROSS_ACCOUNT_ENABLE_IN_ACCOUNT') : fixCode('CROSS_ACCOUNT_ENABLE')),
    summaryParams: account ? { account } : {},
    runIn: 'management account',
    runInAccount: 'management',
    documents: [],
    commands: [
      aws('backup', 'update-global-settings', ['--global-settings', 'isCrossAccountBackupEnabled=true']).text,
      aws('backup', 'describe-global-settings', ['--query', 'GlobalSettings.isCrossAccountBackupEnabled'], ['--output', 'text']).text,
    ],
  };
  if (account) fix.accountId = account;
  return fix;
}

export function checkCrossAccountSetting(input: CheckInput): CheckResult {
  const source = fact(input, 'sourceAccountId');
  const destination = fact(input, 'destinationAccountId');
  if (source && destination && source === destination) return result(ID, 'not-applicable', []);

  const findings: Finding[] = [];
  let failed = false;
  let passed = false;

  const text = paste(input, INPUT);
  const read = readGlobalSettings(text);
  if (read?.crossAccountEnabled === false) {
    failed = true;
    findings.push(finding('CROSS_ACCOUNT_DISABLED', 'error', { value: 'false' }, outputLocation(INPUT, read.out, read.paths.isCrossAccountBackupEnabled ?? [])));
  } else if (read?.crossAccountEnabled === true) {
    passed = true;
    findings.push(finding('CROSS_ACCOUNT_ENABLED', 'suggestion', { value: 'true' }, outputLocation(INPUT, read.out, read.paths.isCrossAccountBackupEnabled ?? [])));
  } else if (text) {
    // Pasted, but not readable as the setting: say what was seen.
    const raw = read?.raw;
    if (raw !== undefined) findings.push(finding('CROSS_ACCOUNT_SETTING_UNREADABLE', 'warning', { value: raw }, outputLocation(INPUT, read?.out, read?.paths.isCrossAccountBackupEnabled ?? [])));
    else if (read) findings.push(finding('CROSS_ACCOUNT_SETTING_MISSING', 'warning', {}, outputLocation(INPUT, read.out, [])));
    else {
      const cli = /An error occurred \(([A-Za-z0-9.]+)\)/.exec(text);
      findings.push(finding(cli ? 'GLOBAL_SETTINGS_CLI_ERROR' : 'GLOBAL_SETTINGS_NOT_RECOGNISED', 'warning', cli ? { code: cli[1] as string } : {}, outputLocation(INPUT, readOutput(text), [])));
    }
  }

  // The setting as pasted is the evidence: when it reads "true", a message or an answer saying it is off does not
  // block the copy (the message is from before the setting changed, or the settings come from another organization's
  // management account). A person should look, so the check warns, and those findings are warnings.
  const settingOn = read?.crossAccountEnabled === true;
  let contradicted = false;
  if (input.triage.some((m) => m.messageId === 'cross-account-disabled')) {
    const message = reportedMessage(input.session.pastes) ?? exampleMessage(input, 'cross-account-disabled');
    findings.push(finding('CROSS_ACCOUNT_DISABLED_REPORTED', settingOn ? 'warning' : 'error', { message }));
    if (settingOn) contradicted = true;
    else failed = true;
  }

  const answer = input.session.answers?.crossAccountSetting;
  if (answer === 'disabled') {
    findings.push(finding('CROSS_ACCOUNT_ANSWER_DISABLED', settingOn ? 'warning' : 'error'));
    if (settingOn) contradicted = true;
    else failed = true;
  } else if (answer === 'enabled' && read?.crossAccountEnabled === undefined) {
    passed = true;
  }

  if (failed) return result(ID, 'fail', findings, { fix: buildFix(input) });
  if (contradicted) {
    findings.push(finding('CROSS_ACCOUNT_SETTING_CONTRADICTED', 'warning'));
    return result(ID, 'warn', findings);
  }
  if (passed) return result(ID, 'pass', findings);
  return result(ID, 'unknown', findings, { needs: [INPUT, 'crossAccountSetting'] });
}
