#!/usr/bin/env bash
# A stand-in for the AWS CLI, for testing the gather scripts: put a copy named `aws` first on the PATH.
#
#   FAKE_AWS_ANSWERS  a folder with one answer per key, as the files <sha1 of the key>.out, .err and .code (what to
#                     print on stdout and stderr, and the exit code). Keys are tried in this order:
#                     "aws <arguments without the trailing --output json>", "<service> <operation>", "*".
#   FAKE_AWS_LOG      a file that gets each call's arguments exactly as received: each one ended by a NUL byte, each
#                     call ended by the byte 0x1E.
#
# A call with no answer fails the way the AWS CLI prints a service error, so a test sees every call it did not expect.
args=("$@")
n=${#args[@]}
if [ "$n" -ge 2 ] && [ "${args[n-2]}" = --output ]; then args=("${args[@]:0:n-2}"); fi
if [ -n "${FAKE_AWS_LOG:-}" ]; then
  printf '%s\0' "$@" >> "$FAKE_AWS_LOG"
  printf '\036' >> "$FAKE_AWS_LOG"
fi
for key in "aws ${args[*]}" "${args[0]:-} ${args[1]:-}" '*'; do
  hash=$(printf '%s' "$key" | sha1sum | cut -c1-40)
  if [ -e "$FAKE_AWS_ANSWERS/$hash.code" ]; then
    cat "$FAKE_AWS_ANSWERS/$hash.out"
    cat "$FAKE_AWS_ANSWERS/$hash.err" >&2
    exit "$(cat "$FAKE_AWS_ANSWERS/$hash.code")"
  fi
done
printf '\nAn error occurred (FakeAwsNoAnswer) when calling the %s operation: no answer for: aws %s\n' "${args[1]:-}" "${args[*]}" >&2
exit 254
