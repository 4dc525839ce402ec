#!/usr/bin/env node
// Rasterises web/icons/kansrijk.svg into the PNG icons the web app manifest
// lists (192 and 512 pixels square), with the system Chromium, so no image
// tool is needed. The PNGs are committed; run this after changing the SVG:
//
//   node scripts/make-icons.mjs

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SVG = path.join(ROOT, "web/icons/kansrijk.svg");
const SIZES = [192, 512];

const svg = await readFile(SVG);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${svg.toString("base64")}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator("img").evaluate((img) => img.decode());
    const out = path.join(ROOT, `web/icons/kansrijk-${size}.png`);
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(ROOT, out)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
