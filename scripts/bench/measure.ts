/**
 * Runs a command and measures it as the scale benchmark reports it: wall time, the peak resident
 * memory of its whole process tree (sampled from /proc every 100 ms), and, where the command's
 * output marks its stages, the same figures per stage.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface StageMark {
  name: string;
  /** The output line that ends this stage. */
  endsAt: RegExp;
}

export interface Measured {
  status: number;
  seconds: number;
  peakMb: number;
  /** Peak of the largest single process whose command matches a name given, e.g. Pagefind's service. */
  namedPeakMb: Record<string, number>;
  stages: { name: string; seconds: number; peakMb: number }[];
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(parent, [...(tree.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone already
    }
  }
  return tree;
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/gu, ' ');
  } catch {
    return '';
  }
}

/** The process and its descendants' resident memory, total and per named process. */
function sample(root: number, names: readonly string[]): { totalKb: number; named: Record<string, number> } {
  const tree = children();
  const named: Record<string, number> = {};
  let totalKb = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const kb = rssKb(pid);
    totalKb += kb;
    const command = commandOf(pid);
    for (const name of names) if (command.includes(name)) named[name] = Math.max(named[name] ?? 0, kb);
    stack.push(...(tree.get(pid) ?? []));
  }
  return { totalKb, named };
}

export function measure(
  command: string,
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    stages?: StageMark[];
    names?: string[];
    echo?: (line: string) => void;
  } = {},
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stages = (options.stages ?? []).map((stage) => ({ ...stage, seconds: 0, peakKb: 0, done: false }));
  let current = 0;
  let peakKb = 0;
  const namedPeak: Record<string, number> = {};
  let output = '';
  const timer = setInterval(() => {
    const { totalKb, named } = sample(child.pid as number, options.names ?? []);
    peakKb = Math.max(peakKb, totalKb);
    for (const [name, kb] of Object.entries(named)) namedPeak[name] = Math.max(namedPeak[name] ?? 0, kb);
    const stage = stages[current];
    if (stage) stage.peakKb = Math.max(stage.peakKb, totalKb);
  }, 100);
  let pending = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      options.echo?.(line);
      const stage = stages[current];
      if (stage && stage.endsAt.test(line)) {
        stage.seconds =
          (performance.now() - started) / 1000 - stages.slice(0, current).reduce((sum, s) => sum + s.seconds, 0);
        stage.done = true;
        current++;
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      resolve({
        status: status ?? 1,
        seconds,
        peakMb: peakKb / 1024,
        namedPeakMb: Object.fromEntries(Object.entries(namedPeak).map(([name, kb]) => [name, kb / 1024])),
        stages: stages.map((stage) => ({ name: stage.name, seconds: stage.seconds, peakMb: stage.peakKb / 1024 })),
        output,
      });
    });
  });
}
