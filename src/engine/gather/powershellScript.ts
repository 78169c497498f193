// The PowerShell gather script (PowerShell 7 with the AWS CLI v2; AWS CloudShell has both). Same calls, same bundle
// as the bash script. Only the values block at the top changes; every value there is validated and single-quoted.
// Outputs are kept as the JSON text the CLI printed (ConvertFrom-Json would turn dates into local DateTimes), and
// parsed only to read the few values the next calls need.
import type { GatherRole } from './bundle';

const PRELUDE = String.raw`$ErrorActionPreference = 'Continue'
$env:AWS_PAGER = ''
function Write-Cd([string]$Text) { [Console]::Error.WriteLine("copy-doctor: $Text") }
if (-not (Get-Command aws -CommandType Application -ErrorAction SilentlyContinue)) {
  Write-Cd 'the AWS CLI (aws) is not installed here; AWS CloudShell has it.'
  exit 3
}
if (-not $REGION) { $REGION = if ($env:AWS_REGION) { $env:AWS_REGION } elseif ($env:AWS_DEFAULT_REGION) { $env:AWS_DEFAULT_REGION } else { '' } }
if (-not $REGION) { Write-Cd 'no Region: write it into $REGION at the top of this script.'; exit 3 }
$CdCalls = [System.Collections.Generic.List[string]]::new()
$CdLast = $null
$CD_ACCOUNT = ''

function ConvertTo-CdJson($Value) { ConvertTo-Json -InputObject $Value -Compress -Depth 5 }
function Get-CdText($Value) { if ($Value -is [string]) { $Value } else { '' } }

# One AWS CLI call, recorded with its output or its error. $true when it worked (its parsed output is then in $CdLast).
function Invoke-CdCall {
  param([string]$Id, [hashtable]$Params = @{}, [string[]]$Arguments)
  $command = 'aws ' + ((@($Arguments) + @('--region', $REGION)) -join ' ')
  Write-Cd $command
  $errFile = New-TemporaryFile
  $text = (& aws @Arguments --region $REGION --output json 2> $errFile.FullName | Out-String)
  $rc = $LASTEXITCODE
  $errText = (Get-Content -Raw -LiteralPath $errFile.FullName) ?? ''
  Remove-Item -LiteralPath $errFile.FullName -ErrorAction SilentlyContinue
  $head = '{"id":' + (ConvertTo-CdJson $Id) + ',"params":' + (ConvertTo-CdJson $Params) + ',"command":' + (ConvertTo-CdJson $command)
  $script:CdLast = $null
  if ($rc -eq 0) {
    $trimmed = $text.Trim()
    $output = 'null'
    if ($trimmed -ne '') {
      try { $script:CdLast = $trimmed | ConvertFrom-Json -ErrorAction Stop; $output = $trimmed }
      catch { $output = ConvertTo-CdJson $text }
    }
    $script:CdCalls.Add($head + ',"ok":true,"output":' + $output + '}')
    return $true
  }
  $flat = ($errText -replace '\s+', ' ').Trim()
  $code = 'CliError'
  $message = $flat
  if ($flat -match 'An error occurred \((?<code>[^)]+)\)(?: when calling the [A-Za-z0-9]+ operation)?(?: \(reached max retries: [0-9]+\))?: ?(?<message>.*)') {
    $code = $Matches.code
    $message = $Matches.message
  }
  $script:CdCalls.Add($head + ',"ok":false,"exitCode":' + [int]$rc + ',"error":{"code":' + (ConvertTo-CdJson $code) + ',"message":' + (ConvertTo-CdJson $message) + '}}')
  Write-Cd "  failed ($code), recorded; going on"
  return $false
}

# Prints the bundle (or writes it to -OutFile) and stops.
function Complete-Cd([int]$Code) {
  $created = (Get-Date).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")
  $bundle = '{"format":"copy-doctor/bundle","version":1,"role":' + (ConvertTo-CdJson $ROLE) + ',"accountId":' + (ConvertTo-CdJson $CD_ACCOUNT) +
    ',"expectedAccountId":' + (ConvertTo-CdJson $EXPECTED_ACCOUNT) + ',"region":' + (ConvertTo-CdJson $REGION) + ',"createdAt":' + (ConvertTo-CdJson $created) +
    ',"generator":"copy-doctor gather script (PowerShell)","calls":[' + ($CdCalls -join ',') + ']}'
  if ($OutFile) {
    $path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
    [System.IO.File]::WriteAllText($path, $bundle + [char]10)
    Write-Cd "wrote the bundle to $path"
  } else {
    [Console]::Out.WriteLine($bundle)
  }
  exit $Code
}

if (Invoke-CdCall -Id 'caller-identity' -Arguments @('sts', 'get-caller-identity')) { $CD_ACCOUNT = Get-CdText $CdLast.Account }
if ($EXPECTED_ACCOUNT -and $CD_ACCOUNT -and $CD_ACCOUNT -ne $EXPECTED_ACCOUNT) {
  Write-Cd "you are signed in to account $CD_ACCOUNT, but this script is for the $ROLE account $EXPECTED_ACCOUNT."
  Write-Cd 'sign in to that account and run it again; nothing else was read.'
  Complete-Cd 4
}
`;

const SOURCE = String.raw`# The copy job: the one named, else the latest failed ones into the destination vault.
$CdJob = $null
if ($COPY_JOB_ID) {
  if (Invoke-CdCall -Id 'copy-job' -Arguments @('backup', 'describe-copy-job', '--copy-job-id', $COPY_JOB_ID)) { $CdJob = $CdLast.CopyJob }
} elseif ($DESTINATION_VAULT_ARN) {
  if (Invoke-CdCall -Id 'failed-copy-jobs' -Arguments @('backup', 'list-copy-jobs', '--by-state', 'FAILED', '--by-destination-vault-arn', $DESTINATION_VAULT_ARN, '--max-items', '20')) { $CdJob = @($CdLast.CopyJobs)[0] }
} else {
  if (Invoke-CdCall -Id 'failed-copy-jobs' -Arguments @('backup', 'list-copy-jobs', '--by-state', 'FAILED', '--max-items', '20')) { $CdJob = @($CdLast.CopyJobs)[0] }
}
if ($CdJob) {
  if (-not $SOURCE_VAULT_NAME) { $SOURCE_VAULT_NAME = (Get-CdText $CdJob.SourceBackupVaultArn) -replace '^.*:backup-vault:', '' }
  if (-not $RECOVERY_POINT_ARN) { $RECOVERY_POINT_ARN = Get-CdText $CdJob.SourceRecoveryPointArn }
  if (-not $RESOURCE_ARN) { $RESOURCE_ARN = Get-CdText $CdJob.ResourceArn }
  if (-not $COPY_ROLE_ARN) { $COPY_ROLE_ARN = Get-CdText $CdJob.IamRoleArn }
}

# The key that encrypts the recovery point: the one the destination must be allowed to use.
if (-not $SOURCE_KEY -and $SOURCE_VAULT_NAME -and $RECOVERY_POINT_ARN) {
  if (Invoke-CdCall -Id 'recovery-point' -Arguments @('backup', 'describe-recovery-point', '--backup-vault-name', $SOURCE_VAULT_NAME, '--recovery-point-arn', $RECOVERY_POINT_ARN)) {
    $SOURCE_KEY = Get-CdText $CdLast.EncryptionKeyArn
  }
}
if ($SOURCE_KEY) {
  $null = Invoke-CdCall -Id 'source-key' -Arguments @('kms', 'describe-key', '--key-id', $SOURCE_KEY)
  $null = Invoke-CdCall -Id 'source-key-policy' -Arguments @('kms', 'get-key-policy', '--key-id', $SOURCE_KEY, '--policy-name', 'default')
}

if ($SOURCE_VAULT_NAME) {
  $null = Invoke-CdCall -Id 'source-vault' -Arguments @('backup', 'describe-backup-vault', '--backup-vault-name', $SOURCE_VAULT_NAME)
  $null = Invoke-CdCall -Id 'source-vault-policy' -Arguments @('backup', 'get-backup-vault-access-policy', '--backup-vault-name', $SOURCE_VAULT_NAME)
}
$null = Invoke-CdCall -Id 'region-settings' -Arguments @('backup', 'describe-region-settings')
$null = Invoke-CdCall -Id 'organization' -Arguments @('organizations', 'describe-organization')
if ($RESOURCE_ARN) {
  $null = Invoke-CdCall -Id 'resource-tags' -Arguments @('resourcegroupstaggingapi', 'get-resources', '--resource-arn-list', $RESOURCE_ARN)
}

# The copy role: its own policies (inline, attached and its permissions boundary).
$COPY_ROLE_NAME = @($COPY_ROLE_ARN -split '/')[-1]
if ($COPY_ROLE_NAME) {
  $CdPolicyArns = [System.Collections.Generic.List[string]]::new()
  if (Invoke-CdCall -Id 'copy-role' -Arguments @('iam', 'get-role', '--role-name', $COPY_ROLE_NAME)) {
    $CdBoundary = Get-CdText $CdLast.Role.PermissionsBoundary.PermissionsBoundaryArn
    if ($CdBoundary) { $CdPolicyArns.Add($CdBoundary) }
  }
  if (Invoke-CdCall -Id 'copy-role-attached-policies' -Arguments @('iam', 'list-attached-role-policies', '--role-name', $COPY_ROLE_NAME, '--max-items', '100')) {
    foreach ($CdAttached in @($CdLast.AttachedPolicies)) { $CdArn = Get-CdText $CdAttached.PolicyArn; if ($CdArn) { $CdPolicyArns.Add($CdArn) } }
  }
  if (Invoke-CdCall -Id 'copy-role-inline-policies' -Arguments @('iam', 'list-role-policies', '--role-name', $COPY_ROLE_NAME, '--max-items', '100')) {
    foreach ($CdName in @($CdLast.PolicyNames)) {
      $CdName = Get-CdText $CdName
      if (-not $CdName) { continue }
      $null = Invoke-CdCall -Id 'copy-role-inline-policy' -Params @{ policyName = $CdName } -Arguments @('iam', 'get-role-policy', '--role-name', $COPY_ROLE_NAME, '--policy-name', $CdName)
    }
  }
  foreach ($CdArn in $CdPolicyArns) {
    if (Invoke-CdCall -Id 'managed-policy' -Params @{ policyArn = $CdArn } -Arguments @('iam', 'get-policy', '--policy-arn', $CdArn)) {
      $CdVersion = Get-CdText $CdLast.Policy.DefaultVersionId
      if ($CdVersion) {
        $null = Invoke-CdCall -Id 'managed-policy-version' -Params @{ policyArn = $CdArn; versionId = $CdVersion } -Arguments @('iam', 'get-policy-version', '--policy-arn', $CdArn, '--version-id', $CdVersion)
      }
    }
  }
}
`;

const DESTINATION = String.raw`if ($DESTINATION_VAULT_NAME) {
  if (Invoke-CdCall -Id 'destination-vault' -Arguments @('backup', 'describe-backup-vault', '--backup-vault-name', $DESTINATION_VAULT_NAME)) {
    if (-not $DESTINATION_KEY) { $DESTINATION_KEY = Get-CdText $CdLast.EncryptionKeyArn }
  }
  $null = Invoke-CdCall -Id 'destination-vault-policy' -Arguments @('backup', 'get-backup-vault-access-policy', '--backup-vault-name', $DESTINATION_VAULT_NAME)
}
if ($DESTINATION_KEY) {
  $null = Invoke-CdCall -Id 'destination-key' -Arguments @('kms', 'describe-key', '--key-id', $DESTINATION_KEY)
}
$null = Invoke-CdCall -Id 'allowed-images' -Arguments @('ec2', 'get-allowed-images-settings')
$null = Invoke-CdCall -Id 'organization' -Arguments @('organizations', 'describe-organization')
$null = Invoke-CdCall -Id 'service-linked-role' -Arguments @('iam', 'get-role', '--role-name', 'AWSServiceRoleForBackup')
`;

const MANAGEMENT = String.raw`$null = Invoke-CdCall -Id 'organization' -Arguments @('organizations', 'describe-organization')
$null = Invoke-CdCall -Id 'global-settings' -Arguments @('backup', 'describe-global-settings')

# Each account and every OU above it up to the root: the policies attached there apply to the account.
$CdTargets = [System.Collections.Generic.List[string]]::new()
function Add-CdAncestors([string]$Child) {
  if ($CdTargets.Contains($Child)) { return }
  $CdTargets.Add($Child)
  for ($depth = 0; $depth -lt 8; $depth++) {
    if (-not (Invoke-CdCall -Id 'parents' -Params @{ childId = $Child } -Arguments @('organizations', 'list-parents', '--child-id', $Child))) { return }
    $parent = @($CdLast.Parents)[0]
    $parentId = if ($parent) { Get-CdText $parent.Id } else { '' }
    if (-not $parentId -or $CdTargets.Contains($parentId)) { return }
    $CdTargets.Add($parentId)
    if ($parent.Type -eq 'ROOT') { return }
    $Child = $parentId
  }
}
if ($SOURCE_ACCOUNT) { Add-CdAncestors $SOURCE_ACCOUNT }
if ($DESTINATION_ACCOUNT) { Add-CdAncestors $DESTINATION_ACCOUNT }

$CdPolicyIds = [System.Collections.Generic.List[string]]::new()
foreach ($CdTarget in $CdTargets) {
  foreach ($CdFilter in @('SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY')) {
    if (Invoke-CdCall -Id 'policies-for-target' -Params @{ targetId = $CdTarget; filter = $CdFilter } -Arguments @('organizations', 'list-policies-for-target', '--target-id', $CdTarget, '--filter', $CdFilter, '--max-items', '100')) {
      foreach ($CdPolicy in @($CdLast.Policies)) {
        $CdId = if ($CdPolicy) { Get-CdText $CdPolicy.Id } else { '' }
        if ($CdId -and -not $CdPolicyIds.Contains($CdId)) { $CdPolicyIds.Add($CdId) }
      }
    }
  }
}
foreach ($CdId in $CdPolicyIds) {
  $null = Invoke-CdCall -Id 'policy' -Params @{ policyId = $CdId } -Arguments @('organizations', 'describe-policy', '--policy-id', $CdId)
}

if ($SOURCE_ACCOUNT) {
  $null = Invoke-CdCall -Id 'effective-tag-policy' -Params @{ targetId = $SOURCE_ACCOUNT } -Arguments @('organizations', 'describe-effective-policy', '--policy-type', 'TAG_POLICY', '--target-id', $SOURCE_ACCOUNT)
}
`;

const BODIES: Record<GatherRole, string> = { source: SOURCE, destination: DESTINATION, management: MANAGEMENT };

/** The script: `header` (comments), the parameter block, `values` (the quoted assignments), then the fixed body. */
export function powershellScript(role: GatherRole, header: string[], values: [string, string][]): string {
  const lines = ['#requires -Version 7.0', ...header.map((h) => (h ? `# ${h}` : '#')), "param([string]$OutFile = '')", '', `$ROLE = '${role}'`];
  for (const [name, quoted] of values) lines.push(`$${name} = ${quoted}`);
  return `${lines.join('\n')}\n\n${PRELUDE}\n${BODIES[role]}\nComplete-Cd 0\n`;
}
