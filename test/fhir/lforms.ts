/**
 * LHC-Forms (the NLM's `lforms` web component, a real FHIR form filler) running headless in
 * jsdom: load a Questionnaire, answer its items as a user would pick them, and export the
 * QuestionnaireResponse with LHC-Forms' own converter.
 *
 * Answers are set on LHC-Forms' item model (`item.value = item.answers[k]`, what its radio
 * buttons and autocompleters do on a click), so the Codings and extensions in the response are
 * the ones LHC-Forms writes, not promkit's.
 */
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// jsdom ships no types; only its constructor is used.
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options: object) => { window: unknown } };

interface MiniElement {
  innerHTML: string;
  textContent: string | null;
  appendChild(child: MiniElement): void;
}
interface MiniDocument {
  body: MiniElement;
  createElement(tag: string): MiniElement;
  getElementById(id: string): MiniElement | null;
  querySelector(selector: string): unknown;
}

interface LFormsItem {
  linkId: string;
  dataType: string;
  answers?: { code?: string; text?: string; score?: number }[];
  value?: unknown;
}
interface LFormsWindow {
  LForms: {
    lformsVersion: string;
    Util: {
      addFormToPage(form: unknown, element: string, options?: unknown): Promise<void>;
      getFormFHIRData(type: string, version: string, element: unknown): QuestionnaireResponse;
    };
  };
  document: MiniDocument;
}

let window: LFormsWindow | undefined;

/** The jsdom window with zone.js, LHC-Forms and its FHIR converters loaded (once per test file). */
function lformsWindow(): LFormsWindow {
  if (window) return window;
  const dom = new JSDOM('<!doctype html><html><body><div id="form"></div></body></html>', { runScripts: 'dangerously', pretendToBeVisual: true, url: 'http://localhost/' });
  const w = dom.window as unknown as LFormsWindow & { console: Console };
  w.console.log = () => undefined;
  w.console.warn = () => undefined;
  // jsdom has no layout, so no ResizeObserver; LHC-Forms only uses it to resize its tables.
  (w as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  const lforms = join(dirname(require.resolve('lforms/package.json')), 'dist', 'lforms');
  for (const file of [join(dirname(require.resolve('zone.js/package.json')), 'bundles', 'zone.umd.js'), join(lforms, 'webcomponent', 'lhc-forms.js'), join(lforms, 'fhir', 'lformsFHIRAll.min.js')]) {
    const script = w.document.createElement('script');
    script.textContent = readFileSync(file, 'utf8');
    w.document.body.appendChild(script);
  }
  window = w;
  return w;
}

/** The LHC-Forms version the tests run. */
export function lformsVersion(): string {
  return lformsWindow().LForms.lformsVersion;
}

/**
 * An answer for one item: for a choice item, the answer's LOINC/other code or its position in
 * the item's answer list; for a numeric item, the number.
 */
export type LFormsAnswer = { readonly code: string } | { readonly index: number } | number;

/**
 * Renders `questionnaire` in LHC-Forms, answers the items named in `answers` (by linkId) and
 * returns the QuestionnaireResponse LHC-Forms exports (R4).
 */
export async function fillInLForms(questionnaire: Questionnaire, answers: Readonly<Record<string, LFormsAnswer>>): Promise<QuestionnaireResponse> {
  const w = lformsWindow();
  w.document.getElementById('form')!.innerHTML = '';
  await w.LForms.Util.addFormToPage(structuredClone(questionnaire), 'form', { fhirVersion: 'R4' });
  const element = w.document.querySelector('wc-lhc-form') as unknown as { lhcFormData: { itemList: LFormsItem[] } };
  const items = element.lhcFormData.itemList;
  const seen = new Set<string>();
  for (const item of items) {
    const answer = answers[item.linkId];
    if (answer === undefined) continue;
    seen.add(item.linkId);
    if (typeof answer === 'number') {
      item.value = answer;
    } else {
      const list = item.answers ?? [];
      const chosen = 'code' in answer ? list.find((a) => a.code === answer.code) : list[answer.index];
      if (!chosen) throw new Error(`LHC-Forms item ${item.linkId} has no answer ${JSON.stringify(answer)} (answers: ${list.map((a) => a.code).join(', ')})`);
      item.value = chosen;
    }
  }
  const missing = Object.keys(answers).filter((linkId) => !seen.has(linkId));
  if (missing.length > 0) throw new Error(`LHC-Forms has no items ${missing.join(', ')}`);
  return w.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', w.document.getElementById('form'));
}
