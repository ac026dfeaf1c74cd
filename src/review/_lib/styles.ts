/**
 * @internal The page's only styling: system fonts (nothing to download), dark text on white,
 * tables that read without colour, and print rules for A4 and Letter (the content is at most
 * 180 mm wide, which both fit with 15 mm margins).
 */
export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; font-size: 100%; line-height: 1.45; color: #1b1b1b; background: #ffffff; }
body { margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 48rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1f4e79; }
h3 { font-size: 1.08rem; margin: 1.5rem 0 .4rem; }
p, ul, ol { margin: .4rem 0 .8rem; }
.meta { color: #3d3d3d; margin: 0; }
.lead { font-size: 1.02rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; }
th, td { border: 1px solid #9a9a9a; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
tbody th { font-weight: 600; background: #f7f7f7; }
td.num { text-align: right; white-space: nowrap; }
.date { white-space: nowrap; }
.attention { border: 2px solid #a4161a; background: #fff5f5; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.attention h2 { border-bottom-color: #a4161a; color: #7a0c0f; margin-top: .6rem; }
.ok { border: 1px solid #5b7f3a; background: #f5faf0; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.ok h2 { border-bottom-color: #5b7f3a; margin-top: .6rem; }
figure { margin: .8rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: #2b2b2b; margin-top: .3rem; }
.why { color: #4a4a4a; }
a { color: #1f4e79; }
a.src { display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px; text-align: center; }
footer { margin-top: 2.5rem; font-size: .85rem; }
footer h2 { font-size: 1.05rem; }
.sources li { margin-bottom: .3rem; }
@page { margin: 15mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table, tr, .attention, .ok { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; }
}
`;
