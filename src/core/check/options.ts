// What `facts check` treats as an error and how close a suggestion must be: one place to tune them.
export const CHECK_OPTIONS = {
  /** A stopword that is also a synonym: it is dropped before synonyms apply, so the synonym never takes effect. */
  overlapSeverity: 'error' as 'warning' | 'error',
  /** A stopword, synonym, keyword or entity listed twice in one list does no harm: a warning. */
  repeatSeverity: 'warning' as 'warning' | 'error',
  /** A passage is offered for a quote only when at most this share of the quote's words differ. */
  passageMaxEdits: 0.5,
  /** Example sentences shown for each unknown name (in `sources add` and `facts check --source`). */
  sentencesPerName: 1,
};

/** The `severity` field for a finding of the given severity (errors carry none). */
export const severity = (s: 'warning' | 'error'): { severity?: 'warning' } => (s === 'warning' ? { severity: 'warning' } : {});
