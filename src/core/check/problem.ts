// One problem in the data, as `attache facts check` reports it: where (file, record, field), what is wrong,
// the value as written, and how to fix it.

export type DataProblem = {
  file: string;
  id?: string;
  field?: string;
  message: string;
  /** The offending value as written (already quoted or shortened for display). */
  value?: string;
  /** How to fix it: the accepted shapes, the nearest known id, the nearest verbatim passage. */
  fix?: string;
  /** Warnings are reported but do not fail the check (and `loadCorpus` ignores them). */
  severity?: 'warning';
  /** The source the problem concerns, so that `facts check --source ID` can show only its own. */
  source?: string;
};

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

export const isError = (p: DataProblem) => p.severity !== 'warning';

/** `file: fact/record ID: field F: message (found VALUE)`, then the fix on an indented line. */
export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.id && `fact/record ${p.id}`, p.field && `field ${p.field}`].filter(Boolean).join(': ');
  const found = p.value !== undefined ? ` (found ${p.value})` : '';
  const fix = p.fix ? `\n    fix: ${p.fix.replace(/\n/g, '\n         ')}` : '';
  return `${p.severity === 'warning' ? 'warning: ' : ''}${where}: ${p.message}${found}${fix}`;
}

/** A value for display: strings quoted, long ones cut, other values as JSON. */
export function shown(value: unknown, max = 200): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}

/** Whether a problem belongs to one source: its own files, its facts, and files named after it. */
export function concernsSource(p: DataProblem, id: string): boolean {
  return p.source === id || [`facts/sources/${id}.yaml`, `facts/sources/${id}.txt`, `facts/curated/${id}.yaml`, `facts/entities/${id}.yaml`].includes(p.file);
}
