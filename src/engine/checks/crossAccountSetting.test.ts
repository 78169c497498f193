import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import { checkCrossAccountSetting } from './crossAccountSetting';

const input = checkInput;

const facts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234' };
const settings = (value: string) => `{
    "GlobalSettings": {
        "isCrossAccountBackupEnabled": "${value}",
        "isMpaEnabled": "false",
        "isDelegatedAdministratorEnabled": "false"
    },
    "LastUpdateTime": "2026-03-11T09:41:27.101000+00:00"
}`;

describe('checkCrossAccountSetting', () => {
  it('is not applicable within one account', () => {
    expect(checkCrossAccountSetting(input({ facts: { sourceAccountId: '210987654321', destinationAccountId: '210987654321' } })).status).toBe('not-applicable');
  });

  it('fails on "false" (a string), pointing at the line, with the management-account fix', () => {
    const r = checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('false') } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'CROSS_ACCOUNT_DISABLED', location: { input: 'globalSettings', line: 3 } });
    expect(r.fix).toMatchObject({ runIn: 'management account', runInAccount: 'management', summaryCode: 'CROSS_ACCOUNT_ENABLE' });
    expect(r.fix?.commands[0]).toBe('aws backup update-global-settings --global-settings isCrossAccountBackupEnabled=true');
    expect(r.fix?.commands[1]).toMatch(/^aws backup describe-global-settings/);
  });

  it('names the management account when a describe-organization output shows it', () => {
    const org = '{"Organization": {"Id": "o-a1b2c3d4e5", "FeatureSet": "ALL", "MasterAccountId": "999988887777"}}';
    const r = checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('false'), sourceOrganization: org } }));
    expect(r.fix?.accountId).toBe('999988887777');
    expect(r.fix?.summaryParams).toEqual({ account: '999988887777' });
    expect(r.fix?.summaryCode).toBe('CROSS_ACCOUNT_ENABLE_IN_ACCOUNT');
  });

  it('passes on "true", also with typographic quotes and a boolean', () => {
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('true') } })).status).toBe('pass');
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('true').replace(/"/g, '”') } })).status).toBe('pass');
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: '{"GlobalSettings": {"isCrossAccountBackupEnabled": true}}' } })).status).toBe('pass');
  });

  it('warns (no fix, no error) when the paste says true but the triaged message says off: the setting is the evidence', () => {
    const r = checkCrossAccountSetting(
      input({ facts, pastes: { globalSettings: settings('true'), errorMessage: 'Copy job failed. Cross-account copy feature is not enabled for the current organization.' } }),
    );
    expect(r.status).toBe('warn');
    expect(r.fix).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['CROSS_ACCOUNT_ENABLED', 'suggestion'],
      ['CROSS_ACCOUNT_DISABLED_REPORTED', 'warning'],
      ['CROSS_ACCOUNT_SETTING_CONTRADICTED', 'warning'],
    ]);
    // Without the paste, the message decides.
    expect(checkCrossAccountSetting(input({ facts, pastes: { errorMessage: 'Copy job failed. Cross-account copy feature is not enabled for the current organization.' } })).status).toBe('fail');
    // The same for an answer the paste contradicts; a paste saying false fails whatever the answer.
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('true') }, answers: { crossAccountSetting: 'disabled' } })).status).toBe('warn');
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: settings('false') }, answers: { crossAccountSetting: 'enabled' } })).status).toBe('fail');
  });

  it('uses the wizard answer', () => {
    expect(checkCrossAccountSetting(input({ facts, answers: { crossAccountSetting: 'disabled' } })).status).toBe('fail');
    expect(checkCrossAccountSetting(input({ facts, answers: { crossAccountSetting: 'enabled' } })).status).toBe('pass');
    const r = checkCrossAccountSetting(input({ facts, answers: { crossAccountSetting: 'not-sure' } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['globalSettings', 'crossAccountSetting'] });
  });

  it('is unknown and says why when the paste is a CLI error or something else', () => {
    const r = checkCrossAccountSetting(input({ facts, pastes: { globalSettings: 'An error occurred (AccessDeniedException) when calling the DescribeGlobalSettings operation: Insufficient privileges to perform this action.' } }));
    expect(r.status).toBe('unknown');
    expect(r.findings[0]).toMatchObject({ code: 'GLOBAL_SETTINGS_CLI_ERROR', params: { code: 'AccessDeniedException' } });
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: 'hello' } })).findings[0]?.code).toBe('GLOBAL_SETTINGS_NOT_RECOGNISED');
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: '{"GlobalSettings": {"isCrossAccountBackupEnabled": "maybe"}}' } })).findings[0]?.code).toBe('CROSS_ACCOUNT_SETTING_UNREADABLE');
    expect(checkCrossAccountSetting(input({ facts, pastes: { globalSettings: '{"GlobalSettings": {"isMpaEnabled": "false"}}' } })).findings[0]?.code).toBe('CROSS_ACCOUNT_SETTING_MISSING');
  });
});

describe('checkCrossAccountSetting: a paste that is not the settings', () => {
  it('points the CLI-error finding at the paste it asks for again', () => {
    const denied = 'An error occurred (AccessDeniedException) when calling the DescribeGlobalSettings operation: Insufficient privileges to perform this action.';
    const r = checkCrossAccountSetting(input({ facts, pastes: { globalSettings: denied } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['globalSettings', 'crossAccountSetting'] });
    expect(r.findings[0]).toMatchObject({ code: 'GLOBAL_SETTINGS_CLI_ERROR', params: { code: 'AccessDeniedException' }, location: { input: 'globalSettings', line: 1 } });
  });
});
