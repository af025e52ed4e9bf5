// The words of answers in one language, from its lang/<code>/templates.yaml: a sentence by key with its
// placeholders filled, a plural form picked by a count. The English answers (the engine, the yes/no and
// comparison forms, the treaty and on-this-day lists) and the Russian speaker both say everything through it,
// so another language is a templates file (with lexicon, format and a stemmer), not new code.

/** A language's templates as read: a string with {placeholders}, or a plural map (one/few/many/other), or a group. */
export type Templates = Record<string, unknown>;
export type Values = Record<string, string | number>;

/** A template with its {placeholders} filled (an unknown one is left empty). */
export const fill = (template: string, values: Values) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export class Wording {
  private readonly plurals: Intl.PluralRules;

  constructor(
    private readonly templates: Templates,
    locale: string,
  ) {
    this.plurals = new Intl.PluralRules(locale);
  }

  /** The sentence `key` names (a dotted key reaches into a group: "slots.date"), filled in; the key itself when missing. */
  say(key: string, values: Values = {}): string {
    const t = this.lookUp(key);
    return typeof t === 'string' ? fill(t, values) : key;
  }

  /** The plural form of `key` that `count` takes ("1 year", "2 years"), filled in with `values` and {count}. */
  count(key: string, count: number, values: Values = {}): string {
    const t = this.lookUp(key);
    if (typeof t === 'string') return fill(t, { count, ...values });
    if (!t || typeof t !== 'object') return key;
    const forms = t as Record<string, string>;
    return fill(forms[this.plurals.select(count)] ?? forms.other ?? key, { count, ...values });
  }

  /** The values a sentence said with template `key` was filled with, or undefined when it is not that sentence. */
  match(key: string, text: string): Record<string, string> | undefined {
    const t = this.lookUp(key);
    if (typeof t !== 'string') return undefined;
    const names: string[] = [];
    const source = t.split(/(\{\w+\})/).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '(.*?)';
    });
    const m = new RegExp(`^${source.join('')}$`, 's').exec(text);
    return m ? Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])) : undefined;
  }

  private lookUp(key: string): unknown {
    return key.split('.').reduce<unknown>((at, k) => (at && typeof at === 'object' ? (at as Templates)[k] : undefined), this.templates);
  }
}
