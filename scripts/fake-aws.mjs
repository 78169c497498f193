#!/usr/bin/env node
// A stand-in for the AWS CLI, for testing the gather scripts: put a copy named `aws` first on the PATH.
//
//   FAKE_AWS_RESPONSES  a JSON file: {"<command>": answer, "<service> <operation>": answer, "*": answer}, looked up in
//                       that order, where <command> is `aws <arguments without the trailing --output json>` and an
//                       answer is {"output": <JSON value or text>} or {"error": {"code": "...", "message": "..."}}.
//   FAKE_AWS_LOG        a file that gets one JSON line per call: the arguments exactly as received.
//
// An error is printed the way the AWS CLI v2 prints one (on stderr, exit code 254). A call with no answer fails with
// an error too, so a test sees every call it did not expect.
import { appendFileSync, readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (process.env.FAKE_AWS_LOG) appendFileSync(process.env.FAKE_AWS_LOG, `${JSON.stringify(argv)}\n`);

const args = argv.at(-2) === '--output' ? argv.slice(0, -2) : argv;
const responses = process.env.FAKE_AWS_RESPONSES ? JSON.parse(readFileSync(process.env.FAKE_AWS_RESPONSES, 'utf8')) : {};
const command = `aws ${args.join(' ')}`;
const answer = responses[command] ?? responses[`${args[0]} ${args[1]}`] ?? responses['*'] ?? {
  error: { code: 'FakeAwsNoAnswer', message: `no answer for: ${command}` },
};

const operation = String(args[1] ?? '')
  .split('-')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('');
if (answer.error) {
  process.stderr.write(`\nAn error occurred (${answer.error.code}) when calling the ${operation} operation: ${answer.error.message}\n`);
  process.exit(answer.exitCode ?? 254);
}
const out = answer.output;
process.stdout.write(typeof out === 'string' ? out : `${JSON.stringify(out, null, 4)}\n`);
