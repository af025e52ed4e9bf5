// The one stylesheet of the source pages, served at /sources/style.css (the CSP allows no inline style).
export const STYLESHEET = `:root {
  color-scheme: light;
  --ink: #1f1d1a;
  --muted: #5f5a52;
  --paper: #fbfaf6;
  --rule: #e3ded3;
  --link: #1b4d89;
  --quote: #fff0a6;
  --target: #ffd23f;
  --target-ring: #b4410f;
}
* { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font: 1.125rem/1.65 Georgia, "Iowan Old Style", "Liberation Serif", "DejaVu Serif", serif;
}
main { max-width: 70ch; margin: 0 auto; padding: 2rem 1.25rem 5rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; font-weight: normal; }
.nav, .meta, .note, .cited, .sources .meta, sup.count {
  font-family: system-ui, "Liberation Sans", "DejaVu Sans", sans-serif;
}
.nav { font-size: 0.85rem; margin: 0; }
.meta { color: var(--muted); font-size: 0.95rem; margin: 0 0 0.35rem; }
.note { color: var(--muted); font-size: 0.85rem; margin: 0 0 0.35rem; }
.note.missing { color: #8a2d0b; }
header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.25rem; }
.cited { font-size: 0.9rem; border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.cited summary { cursor: pointer; font-weight: bold; }
.cited ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
.cited li { margin: 0.15rem 0; }
.doc { white-space: pre-line; overflow-wrap: break-word; }
mark {
  background: var(--quote);
  color: inherit;
  padding: 0.05em 0.1em;
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}
mark:target, mark:has(> span:target) {
  background: var(--target);
  outline: 2px solid var(--target-ring);
  outline-offset: 1px;
}
mark[id], mark > span[id] { scroll-margin-top: 5rem; }
sup.count { font-size: 0.65em; color: var(--muted); margin-left: 0.2em; }
.sources { list-style: none; padding: 0; margin: 0; }
.sources li { padding: 0.85rem 0; border-bottom: 1px solid var(--rule); }
.sources .title { font-size: 1.15rem; }
.sources .meta { margin: 0.2rem 0 0; }
`;
