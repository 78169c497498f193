// The bash gather script (AWS CloudShell: bash 5, the AWS CLI v2, jq). Only the values block at the top changes
// from one session to the next; every value there is validated and single-quoted (see scripts.ts). The body reads
// them as "$VARIABLES", always double-quoted, so nothing from the session or from AWS is ever read as code.
//
// It relies on bash 4.4 or newer, the AWS CLI v2 and jq 1.6 or newer (all three are in CloudShell); nothing else.
import type { GatherRole } from './bundle';

/** Runs one read-only call, records it (output or error) and goes on: no call can stop the script. */
const PRELUDE = String.raw`set -u
export AWS_PAGER=''
CD_OUT_FILE=${'$'}{1:-}
cd_say() { printf 'copy-doctor: %s\n' "$1" >&2; }
command -v aws > /dev/null 2>&1 || { cd_say 'the AWS CLI (aws) is not installed here; AWS CloudShell has it.'; exit 3; }
command -v jq > /dev/null 2>&1 || { cd_say 'jq is not installed here; AWS CloudShell has it.'; exit 3; }
REGION=${'$'}{REGION:-${'$'}{AWS_REGION:-${'$'}{AWS_DEFAULT_REGION:-}}}
[ -n "$REGION" ] || { cd_say 'no Region: write it into REGION at the top of this script.'; exit 3; }
CD_DIR=$(mktemp -d) || { cd_say 'cannot create a temporary folder.'; exit 3; }
trap 'rm -rf "$CD_DIR"' EXIT
: > "$CD_DIR/calls"
CD_N=0
CD_OUT=''
CD_ACCOUNT=''

# cd_params NAME VALUE ...: a JSON object of strings, which tells the reader what a call was about.
cd_params() {
  local args=()
  while [ "$#" -gt 1 ]; do args+=(--arg "$1" "$2"); shift 2; done
  jq -cn '$ARGS.named' "${'$'}{args[@]}"
}

# cd_call ID PARAMS SERVICE OPERATION [ARGUMENT...]: one AWS CLI call, recorded with its output or its error.
# Returns 0 when the call worked (its output is then in the file "$CD_OUT"), 1 when it failed.
cd_call() {
  local id=$1 params=$2 rc=0
  shift 2
  CD_N=$((CD_N + 1))
  local out="$CD_DIR/$CD_N.out" err="$CD_DIR/$CD_N.err" command="aws $* --region $REGION"
  cd_say "$command"
  aws "$@" --region "$REGION" --output json < /dev/null > "$out" 2> "$err" || rc=$?
  if [ "$rc" -eq 0 ]; then
    if jq empty "$out" 2> /dev/null; then
      jq -cn --arg id "$id" --argjson params "$params" --arg command "$command" --slurpfile o "$out" \
        '{id: $id, params: $params, command: $command, ok: true, output: $o[0]}' >> "$CD_DIR/calls"
    else
      jq -cn --arg id "$id" --argjson params "$params" --arg command "$command" --rawfile o "$out" \
        '{id: $id, params: $params, command: $command, ok: true, output: $o}' >> "$CD_DIR/calls"
    fi
    CD_OUT=$out
    return 0
  fi
  jq -cn --arg id "$id" --argjson params "$params" --arg command "$command" --rawfile e "$err" --argjson rc "$rc" '
    ($e | gsub("\\s+"; " ") | sub("^ "; "") | sub(" $"; "")) as $text
    | ($text | capture("An error occurred \\((?<code>[^)]+)\\)(?: when calling the [A-Za-z0-9]+ operation)?(?: \\(reached max retries: [0-9]+\\))?: ?(?<message>.*)")
       // {code: "CliError", message: $text}) as $x
    | {id: $id, params: $params, command: $command, ok: false, exitCode: $rc, error: {code: $x.code, message: $x.message}}' >> "$CD_DIR/calls"
  cd_say "  failed ($(jq -r '.error.code' <<< "$(tail -n 1 "$CD_DIR/calls")")), recorded; going on"
  CD_OUT=''
  return 1
}

# cd_get FILTER: a string from the last call's output ("" when absent).
cd_get() { [ -n "$CD_OUT" ] && jq -r "($1) // empty | strings" "$CD_OUT" 2> /dev/null; }

# cd_finish EXIT_CODE: prints the bundle (or writes it to the file named as the first argument) and stops.
cd_finish() {
  local bundle
  bundle=$(jq -n --arg role "$ROLE" --arg account "$CD_ACCOUNT" --arg expected "$EXPECTED_ACCOUNT" --arg region "$REGION" \
    --arg created "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --slurpfile calls "$CD_DIR/calls" \
    '{format: "copy-doctor/bundle", version: 1, role: $role, accountId: $account, expectedAccountId: $expected,
      region: $region, createdAt: $created, generator: "copy-doctor gather script (bash)", calls: $calls}')
  if [ -n "$CD_OUT_FILE" ]; then
    printf '%s\n' "$bundle" > "$CD_OUT_FILE" && cd_say "wrote the bundle to $CD_OUT_FILE"
  else
    printf '%s\n' "$bundle"
  fi
  exit "$1"
}

if cd_call caller-identity '{}' sts get-caller-identity; then CD_ACCOUNT=$(cd_get '.Account'); fi
if [ -n "$EXPECTED_ACCOUNT" ] && [ -n "$CD_ACCOUNT" ] && [ "$CD_ACCOUNT" != "$EXPECTED_ACCOUNT" ]; then
  cd_say "you are signed in to account $CD_ACCOUNT, but this script is for the $ROLE account $EXPECTED_ACCOUNT."
  cd_say 'sign in to that account and run it again; nothing else was read.'
  cd_finish 4
fi
`;

const SOURCE = String.raw`# The copy job: the one named, else the latest failed ones into the destination vault.
CD_JOB='(.CopyJob // (.CopyJobs // [])[0] // {})'
CD_HAVE_JOB=''
if [ -n "$COPY_JOB_ID" ]; then
  cd_call copy-job '{}' backup describe-copy-job --copy-job-id "$COPY_JOB_ID" && CD_HAVE_JOB=1
elif [ -n "$DESTINATION_VAULT_ARN" ]; then
  cd_call failed-copy-jobs '{}' backup list-copy-jobs --by-state FAILED --by-destination-vault-arn "$DESTINATION_VAULT_ARN" --max-items 20 && CD_HAVE_JOB=1
else
  cd_call failed-copy-jobs '{}' backup list-copy-jobs --by-state FAILED --max-items 20 && CD_HAVE_JOB=1
fi
if [ -n "$CD_HAVE_JOB" ]; then
  [ -n "$SOURCE_VAULT_NAME" ] || SOURCE_VAULT_NAME=$(cd_get "$CD_JOB.SourceBackupVaultArn | sub(\"^.*:backup-vault:\"; \"\")")
  [ -n "$RECOVERY_POINT_ARN" ] || RECOVERY_POINT_ARN=$(cd_get "$CD_JOB.SourceRecoveryPointArn")
  [ -n "$RESOURCE_ARN" ] || RESOURCE_ARN=$(cd_get "$CD_JOB.ResourceArn")
  [ -n "$COPY_ROLE_ARN" ] || COPY_ROLE_ARN=$(cd_get "$CD_JOB.IamRoleArn")
fi

# The key that encrypts the recovery point: the one the destination must be allowed to use.
if [ -z "$SOURCE_KEY" ] && [ -n "$SOURCE_VAULT_NAME" ] && [ -n "$RECOVERY_POINT_ARN" ]; then
  if cd_call recovery-point '{}' backup describe-recovery-point --backup-vault-name "$SOURCE_VAULT_NAME" --recovery-point-arn "$RECOVERY_POINT_ARN"; then
    SOURCE_KEY=$(cd_get '.EncryptionKeyArn')
  fi
fi
if [ -n "$SOURCE_KEY" ]; then
  cd_call source-key '{}' kms describe-key --key-id "$SOURCE_KEY"
  cd_call source-key-policy '{}' kms get-key-policy --key-id "$SOURCE_KEY" --policy-name default
fi

if [ -n "$SOURCE_VAULT_NAME" ]; then
  cd_call source-vault '{}' backup describe-backup-vault --backup-vault-name "$SOURCE_VAULT_NAME"
  cd_call source-vault-policy '{}' backup get-backup-vault-access-policy --backup-vault-name "$SOURCE_VAULT_NAME"
fi
cd_call region-settings '{}' backup describe-region-settings
cd_call organization '{}' organizations describe-organization
if [ -n "$RESOURCE_ARN" ]; then
  cd_call resource-tags '{}' resourcegroupstaggingapi get-resources --resource-arn-list "$RESOURCE_ARN"
fi

# The copy role: its own policies (inline, attached and its permissions boundary).
COPY_ROLE_NAME=${'$'}{COPY_ROLE_ARN##*/}
if [ -n "$COPY_ROLE_NAME" ]; then
  CD_POLICY_ARNS=''
  if cd_call copy-role '{}' iam get-role --role-name "$COPY_ROLE_NAME"; then
    CD_POLICY_ARNS=$(cd_get '.Role.PermissionsBoundary.PermissionsBoundaryArn')
  fi
  if cd_call copy-role-attached-policies '{}' iam list-attached-role-policies --role-name "$COPY_ROLE_NAME" --max-items 100; then
    CD_POLICY_ARNS="$CD_POLICY_ARNS"$'\n'"$(cd_get '[.AttachedPolicies[]?.PolicyArn] | join("\n")')"
  fi
  if cd_call copy-role-inline-policies '{}' iam list-role-policies --role-name "$COPY_ROLE_NAME" --max-items 100; then
    CD_NAMES=$(cd_get '[.PolicyNames[]?] | join("\n")')
    while IFS= read -r CD_NAME; do
      [ -n "$CD_NAME" ] || continue
      cd_call copy-role-inline-policy "$(cd_params policyName "$CD_NAME")" iam get-role-policy --role-name "$COPY_ROLE_NAME" --policy-name "$CD_NAME"
    done <<< "$CD_NAMES"
  fi
  while IFS= read -r CD_ARN; do
    [ -n "$CD_ARN" ] || continue
    if cd_call managed-policy "$(cd_params policyArn "$CD_ARN")" iam get-policy --policy-arn "$CD_ARN"; then
      CD_VERSION=$(cd_get '.Policy.DefaultVersionId')
      if [ -n "$CD_VERSION" ]; then
        cd_call managed-policy-version "$(cd_params policyArn "$CD_ARN" versionId "$CD_VERSION")" iam get-policy-version --policy-arn "$CD_ARN" --version-id "$CD_VERSION"
      fi
    fi
  done <<< "$CD_POLICY_ARNS"
fi
`;

const DESTINATION = String.raw`if [ -n "$DESTINATION_VAULT_NAME" ]; then
  if cd_call destination-vault '{}' backup describe-backup-vault --backup-vault-name "$DESTINATION_VAULT_NAME"; then
    [ -n "$DESTINATION_KEY" ] || DESTINATION_KEY=$(cd_get '.EncryptionKeyArn')
  fi
  cd_call destination-vault-policy '{}' backup get-backup-vault-access-policy --backup-vault-name "$DESTINATION_VAULT_NAME"
fi
if [ -n "$DESTINATION_KEY" ]; then
  cd_call destination-key '{}' kms describe-key --key-id "$DESTINATION_KEY"
fi
cd_call allowed-images '{}' ec2 get-allowed-images-settings
cd_call organization '{}' organizations describe-organization
cd_call service-linked-role '{}' iam get-role --role-name AWSServiceRoleForBackup
`;

const MANAGEMENT = String.raw`cd_call organization '{}' organizations describe-organization
cd_call global-settings '{}' backup describe-global-settings

# Each account and every OU above it up to the root: the policies attached there apply to the account.
CD_TARGETS=()
CD_SEEN=' '
cd_walk() {
  local child=$1 depth=0 parent type
  case "$CD_SEEN" in *" $child "*) return 0 ;; esac
  CD_SEEN="$CD_SEEN$child "
  CD_TARGETS+=("$child")
  while [ "$depth" -lt 8 ]; do
    cd_call parents "$(cd_params childId "$child")" organizations list-parents --child-id "$child" || return 0
    parent=$(cd_get '.Parents[0].Id')
    type=$(cd_get '.Parents[0].Type')
    [ -n "$parent" ] || return 0
    case "$CD_SEEN" in *" $parent "*) return 0 ;; esac
    CD_SEEN="$CD_SEEN$parent "
    CD_TARGETS+=("$parent")
    [ "$type" != ROOT ] || return 0
    child=$parent
    depth=$((depth + 1))
  done
}
[ -z "$SOURCE_ACCOUNT" ] || cd_walk "$SOURCE_ACCOUNT"
[ -z "$DESTINATION_ACCOUNT" ] || cd_walk "$DESTINATION_ACCOUNT"

CD_POLICY_IDS=' '
for CD_TARGET in "${'$'}{CD_TARGETS[@]}"; do
  for CD_FILTER in SERVICE_CONTROL_POLICY RESOURCE_CONTROL_POLICY; do
    if cd_call policies-for-target "$(cd_params targetId "$CD_TARGET" filter "$CD_FILTER")" organizations list-policies-for-target --target-id "$CD_TARGET" --filter "$CD_FILTER" --max-items 100; then
      for CD_ID in $(cd_get '[.Policies[]?.Id] | join(" ")'); do
        case "$CD_POLICY_IDS" in *" $CD_ID "*) ;; *) CD_POLICY_IDS="$CD_POLICY_IDS$CD_ID " ;; esac
      done
    fi
  done
done
for CD_ID in $CD_POLICY_IDS; do
  cd_call policy "$(cd_params policyId "$CD_ID")" organizations describe-policy --policy-id "$CD_ID"
done

if [ -n "$SOURCE_ACCOUNT" ]; then
  cd_call effective-tag-policy "$(cd_params targetId "$SOURCE_ACCOUNT")" organizations describe-effective-policy --policy-type TAG_POLICY --target-id "$SOURCE_ACCOUNT"
fi
`;

const BODIES: Record<GatherRole, string> = { source: SOURCE, destination: DESTINATION, management: MANAGEMENT };

/** The script: `header` (comments), `values` (the quoted assignments), then the fixed body. */
export function bashScript(role: GatherRole, header: string[], values: [string, string][]): string {
  const lines = ['#!/usr/bin/env bash', ...header.map((h) => (h ? `# ${h}` : '#')), '', `ROLE='${role}'`];
  for (const [name, quoted] of values) lines.push(`${name}=${quoted}`);
  return `${lines.join('\n')}\n\n${PRELUDE}\n${BODIES[role]}\ncd_finish 0\n`;
}
