// Timing helpers for the benchmarks: figures are printed, never asserted (machines here are noisy).
import { performance } from 'node:perf_hooks';

export interface Figures {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export async function measure(name: string, runs: number, once: (i: number) => Promise<unknown>): Promise<Figures> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

export function report(title: string, figures: Figures[]): void {
  const lines = figures.map(
    (f) => `  ${f.name.padEnd(62)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms   max ${f.max.toFixed(1).padStart(7)} ms   (${f.runs} runs)`,
  );
  const rss = `  resident memory of this benchmark process (jest included): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`;
  process.stdout.write(`\n${title}\n${lines.join('\n')}\n${rss}\n`);
}
