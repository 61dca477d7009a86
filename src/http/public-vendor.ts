import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the page's vendored ES modules live, and which installed files they are copies of. */
export const vendorDir = fileURLToPath(new URL('./public/vendor/', import.meta.url));

// htm's exports map hides package.json, so the packages are found by folder, not by resolution.
const packageDir = (name: string) => fileURLToPath(new URL(`../../node_modules/${name}/`, import.meta.url));

export const vendoredFiles = [
  { from: path.join(packageDir('preact'), 'dist', 'preact.mjs'), to: path.join(vendorDir, 'preact.mjs') },
  // The module names its source map; shipping it keeps devtools (and vitest) from asking for a missing file.
  { from: path.join(packageDir('preact'), 'dist', 'preact.mjs.map'), to: path.join(vendorDir, 'preact.mjs.map') },
  { from: path.join(packageDir('preact'), 'LICENSE'), to: path.join(vendorDir, 'preact.LICENSE') },
  { from: path.join(packageDir('htm'), 'dist', 'htm.mjs'), to: path.join(vendorDir, 'htm.mjs') },
  { from: path.join(packageDir('htm'), 'LICENSE'), to: path.join(vendorDir, 'htm.LICENSE') },
];
