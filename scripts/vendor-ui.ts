// Copies Preact and htm from node_modules into the page's vendor folder, so the page loads them from
// the app itself (no CDN, no build step; a CSP of 'self' allows them). test/http/public/vendor.test.ts
// fails when the copies and the installed versions part ways: re-run `npx tsx scripts/vendor-ui.ts`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { vendoredFiles, vendorDir } from '../src/http/public-vendor.ts';

mkdirSync(vendorDir, { recursive: true });
for (const file of vendoredFiles) {
  copyFileSync(file.from, file.to);
  console.log(`${file.from} → ${file.to}`);
}
