// HTML that is safe by construction: `html` escapes every value it is given unless that value was made by
// `html` itself, so text from the base can only ever reach a page as text. And the page shell around it.

/** Markup made by `html`; nothing else can make one. */
class Html {
  constructor(readonly markup: string) {}
}
export type { Html };

export type HtmlValue = Html | string | number | false | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** A template whose literal parts are markup and whose values are escaped (lists are joined, false and undefined vanish). */
export function html(literals: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(literals.reduce((out, literal, i) => out + render(values[i - 1]) + literal));
}

/** A whole page: `base` is the path the pages are served under ('' at the root). */
export function pageShell(title: string, base: string, body: Html): string {
  return render(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Attaché sources</title>
<link rel="stylesheet" href="${base}/sources/style.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`);
}
