// Preact with htm: declarative views without a build step. Both are vendored ES modules served by the
// app itself (vendor/, copied from node_modules by scripts/vendor-ui.ts), so a CSP of 'self' holds.
import { h, render } from './vendor/preact.mjs';
import htm from './vendor/htm.mjs';

export const html = htm.bind(h);
export { h, render };
