// The page side of test/runtimes/browser.test.ts: runs the smoke suite in the page and renders its
// chart spec with Vega-Lite and Vega (loaded as classic scripts: globalThis.vegaLite, .vega).
import { smoke } from './smoke.mjs';

export async function run() {
  const result = smoke();
  const { vega, vegaLite } = globalThis;
  const view = new vega.View(vega.parse(vegaLite.compile(result.spec).spec), { renderer: 'none' });
  try {
    return { ...result, svg: await view.toSVG(), userAgent: navigator.userAgent };
  } finally {
    view.finalize();
  }
}
