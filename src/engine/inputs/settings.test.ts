import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../json/parse';
import { dynamoDbAdvancedFeatures, imageProviders, readAllowedImages, readRegionSettings, regionPreference } from './settings';

// aws backup describe-region-settings in an account that never turned on DynamoDB's advanced features.
const regionSettings = `{
    "ResourceTypeOptInPreference": {
        "Aurora": true,
        "CloudFormation": true,
        "DocumentDB": true,
        "DynamoDB": true,
        "EBS": true,
        "EC2": true,
        "EFS": true,
        "FSx": true,
        "Neptune": true,
        "RDS": true,
        "Redshift": true,
        "S3": false,
        "SAP HANA on Amazon EC2": false,
        "Storage Gateway": true,
        "Timestream": false,
        "VirtualMachine": true
    },
    "ResourceTypeManagementPreference": {
        "DynamoDB": false,
        "EFS": true
    }
}`;

describe('readRegionSettings', () => {
  it('reads both preference maps, with positions', () => {
    const r = readRegionSettings(`[cloudshell-user@ip-10-130-45-7 ~]$ aws backup describe-region-settings\n${regionSettings}\n`);
    expect(r?.optIn).toHaveLength(16);
    expect(regionPreference(r, 'optIn', 's3')).toMatchObject({ type: 'S3', value: false });
    expect(dynamoDbAdvancedFeatures(r)).toBe(false);
    const pref = regionPreference(r, 'management', 'DynamoDB');
    expect(pref?.path).toEqual(['ResourceTypeManagementPreference', 'DynamoDB']);
    const pos = r?.out.parsed && pref ? locate(r.out.parsed, pref.path) : undefined;
    expect(pos?.line).toBe(22); // line 21 of the JSON, after the prompt line
  });

  it('reads the Region Setting State Change event and string values', () => {
    const event = '{"detail-type": "Region Setting State Change", "source": "aws.backup", "detail": {"ResourceTypeOptInPreference": {"Aurora": "true"}, "state": "MODIFIED"}}';
    const r = readRegionSettings(event);
    expect(r?.optIn).toEqual([{ type: 'Aurora', value: true, path: ['detail', 'ResourceTypeOptInPreference', 'Aurora'] }]);
    expect(dynamoDbAdvancedFeatures(r)).toBeUndefined();
  });

  it('is undefined for anything else, and never throws', () => {
    expect(readRegionSettings('{"GlobalSettings": {"isCrossAccountBackupEnabled": "true"}}')).toBeUndefined();
    expect(readRegionSettings('')).toBeUndefined();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (t) => void readRegionSettings(t)), { numRuns: 200 });
  });
});

describe('readAllowedImages', () => {
  it('reads get-allowed-images-settings output', () => {
    const r = readAllowedImages(`{
    "State": "enabled",
    "ImageCriteria": [
        {
            "ImageProviders": [
                "amazon",
                "210987654321"
            ]
        },
        {
            "ImageProviders": [
                "aws-backup-vault"
            ]
        }
    ],
    "ManagedBy": "declarative-policy"
}`);
    expect(r).toMatchObject({ state: 'enabled', managedBy: 'declarative-policy' });
    expect(imageProviders(r)).toEqual(['amazon', '210987654321', 'aws-backup-vault']);
    expect(r?.criteria[1]?.path).toEqual(['ImageCriteria', 1, 'ImageProviders']);
    expect(r?.out.parsed && locate(r.out.parsed, r.criteria[1]!.path)?.line).toBe(11);
  });

  it('reads the disabled state, which has no criteria', () => {
    expect(readAllowedImages('{\n    "State": "disabled",\n    "ManagedBy": "account"\n}')).toMatchObject({ state: 'disabled', managedBy: 'account', criteria: [] });
  });

  it('does not take any object with a State for it', () => {
    expect(readAllowedImages('{"CopyJob": {"State": "FAILED"}}')).toBeUndefined();
    expect(readAllowedImages('{"State": "FAILED"}')).toBeUndefined();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (t) => void readAllowedImages(t)), { numRuns: 200 });
  });
});
