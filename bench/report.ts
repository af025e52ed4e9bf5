// bench/results.md: one table per section (what, value, target, met?), the machine, the date and the method.
import { cpus, totalmem, type as osType, release } from 'node:os';

/** `met`: undefined where there is no target, or the value could not be measured. */
export type Row = { what: string; value: string; target?: string; met?: boolean };
export type Section = { title: string; rows: Row[]; notes?: string[] };

export const ms = (x: number): string => (x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`);

function table(rows: Row[]): string {
  const lines = ['| What | Value | Target | Met? |', '| --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.value} | ${r.target ?? '—'} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
}

/** One section as markdown: its heading, table and notes, ending in a blank line. */
export function section(s: Section): string {
  const out = [`## ${s.title}`, '', table(s.rows)];
  if (s.notes?.length) out.push('', ...s.notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

export function report(sections: Section[], method: string[], seconds: number): string {
  const out = [
    '# Attaché benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${seconds.toFixed(0)} s.`,
    '',
    `Machine: ${machine()}.`,
  ];
  for (const s of sections) out.push('', section(s).trimEnd());
  out.push('', '## Method', '', ...method.map((m) => `- ${m}`), '');
  return out.join('\n');
}
