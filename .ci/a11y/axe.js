// Runs axe-core on HTML files in Debian's headless Chromium and prints, as JSON, the violations of the WCAG 2.0/2.1
// A and AA rules for each file, at a width of 1280 px and of 320 px (reflow). Usage: node axe.js FILE.html...
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const results = {};
  try {
    for (const file of process.argv.slice(2)) {
      for (const width of [1280, 320]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE });
        const found = await page.evaluate(async (tags) => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')), count: v.nodes.length }));
        }, TAGS);
        // reflow: nothing wider than the viewport at 320 px (WCAG 1.4.10)
        const overflow = width === 320 ? await page.evaluate(() => document.documentElement.scrollWidth) : 0;
        if (overflow > width) {
          found.push({ id: 'reflow-320', impact: 'serious', help: 'content wider than 320 px: ' + overflow,
            nodes: [], count: 1 });
        }
        // a chart in a scroll box keeps a legible size at 320 px instead of shrinking to the screen: no chart text
        // set smaller than 8 px (the heat map's labels were 6 px at 520 of its 955 px)
        const small = width === 320 ? await page.evaluate(() => {
          const tiny = [];
          for (const svg of document.querySelectorAll('svg[viewBox]')) {
            // a chart not shown at this width (a legend for wide screens) has no size to read
            if (svg.getClientRects().length === 0) {
              continue;
            }
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            for (const t of svg.querySelectorAll('text')) {
              const px = parseFloat(getComputedStyle(t).fontSize) * scale;
              if (px < 8) {
                tiny.push((svg.getAttribute('aria-label') || 'svg').slice(0, 40) + ': ' + t.textContent.slice(0, 30)
                  + ' ' + px.toFixed(1) + ' px');
              }
            }
          }
          return tiny;
        }) : [];
        if (small.length > 0) {
          found.push({ id: 'chart-text-320', impact: 'serious', help: 'chart text below 8 px at 320 px',
            nodes: small.slice(0, 5), count: small.length });
        }
        results[file + '@' + width] = found;
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
})().catch(e => { console.error(e); process.exit(2); });
