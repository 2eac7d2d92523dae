/**
 * Renders each library template's diagram to the SVG shipped beside its .bpmn (src/server/templates/<name>/<name>.svg),
 * with bpmn-js itself in the machine's Chromium, so a seeded template exports as SVG before anyone opens it in the
 * studio. Run after changing a template's .bpmn: `npx tsx scripts/render-template-svgs.ts`; a test fails until then.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const TEMPLATES = new URL('../src/server/templates/', import.meta.url);
const viewerBundle = createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewerBundle });
  for (const entry of readdirSync(TEMPLATES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const bpmn = new URL(`${entry.name}/${entry.name}.bpmn`, TEMPLATES);
    const xml = readFileSync(bpmn, 'utf8');
    const svg = await page.evaluate(async (source) => {
      const Viewer = (window as unknown as { BpmnJS: new (options: { container: string }) => any }).BpmnJS;
      const viewer = new Viewer({ container: '#canvas' });
      const { warnings } = await viewer.importXML(source);
      if (warnings.length) throw new Error(`the diagram did not import cleanly: ${warnings.map((warning: Error) => warning.message).join('; ')}`);
      const { svg: rendered } = await viewer.saveSVG();
      viewer.destroy();
      return rendered as string;
    }, xml);
    const target = fileURLToPath(new URL(`${entry.name}/${entry.name}.svg`, TEMPLATES));
    writeFileSync(target, `${svg}\n`);
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
}
