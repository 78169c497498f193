// Paste box benchmark: `npm run bench:recognize`. Recognises a 100 KB paste of every kind of output, each after a
// CloudShell prompt and its command, 50 times, and prints the median and the 95th percentile. Target: median < 50 ms.
import { recognize } from '../src/engine/inputs/recognize';
import { DESTINATION, DESTINATION_REGION, OUTPUTS, SOURCE, SOURCE_REGION, type OutputName } from '../src/test-support/outputs';

const names = Object.keys(OUTPUTS) as OutputName[];
let text = '';
for (let i = 0; text.length < 100_000; i++) {
  const n = names[i % names.length] as OutputName;
  text += `[cloudshell-user@ip-10-130-45-7 ~]$ aws example ${n}\n${OUTPUTS[n]}\n`;
}
const ctx = { typed: { sourceAccountId: SOURCE, destinationAccountId: DESTINATION, sourceRegion: SOURCE_REGION, destinationRegion: DESTINATION_REGION } };
const items = recognize(text, ctx).items.length;

const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 10; i++) recognize(text, ctx);
for (let i = 0; i < 50; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  recognize(text, ctx);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[25] as number;
const load = (await import('node:os')).loadavg()[0] as number;
console.log(`paste: ${(text.length / 1000).toFixed(1)} KB, ${items} outputs`);
console.log(`recognize x50 (wall clock): median ${median.toFixed(2)} ms, p95 ${(times[47] as number).toFixed(2)} ms, min ${(times[0] as number).toFixed(2)} ms`);
console.log(`recognize x50 (CPU time):   median ${(cpu[25] as number).toFixed(2)} ms, p95 ${(cpu[47] as number).toFixed(2)} ms`);
if (load > 1.5) console.log(`note: the machine is busy (load average ${load.toFixed(1)}); wall-clock figures are inflated, CPU time is the steadier one`);
console.log(median < 50 ? 'target met (median < 50 ms)' : 'TARGET MISSED (median >= 50 ms)');
