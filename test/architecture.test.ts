import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md: imports point one way (http → answer → retrieve → {store, embed} → types; ingest → {embed, store}),
 * nothing imports http/ or main.ts, and one file each may import transformers.js, hnswlib-node and express.
 */
const sourceRoot = join(import.meta.dirname, '..', 'src');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (name === 'public') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(sourceRoot).map((path) => ({
  path: relative(sourceRoot, path),
  imports: [...readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? ''),
}));

const stageOf = (path: string): string => (path.includes('/') ? path.split('/')[0]! : path.replace(/\.ts$/, ''));

/** Which stages each stage may import (besides itself and the shared root modules). */
const allowed: Record<string, string[]> = {
  text: [],
  embed: ['text'],
  store: ['text', 'embed'],
  ingest: ['embed', 'store', 'text'],
  retrieve: ['store', 'embed', 'text'],
  answer: ['retrieve', 'store', 'embed', 'text'],
  http: ['answer', 'retrieve', 'store', 'embed', 'text'],
  eval: ['retrieve', 'answer', 'store', 'embed', 'text', 'ingest'],
};
const sharedRoots = new Set(['types', 'errors', 'config']);

function resolveStage(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(sourceRoot, join(sourceRoot, from, '..', specifier));
  return stageOf(target);
}

describe('architecture', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    const stage = stageOf(file.path);
    if (!(stage in allowed)) continue;
    it(`${file.path} imports only what its stage may`, () => {
      for (const specifier of file.imports) {
        const target = resolveStage(file.path, specifier);
        if (target === null || target === stage || sharedRoots.has(target)) continue;
        expect(allowed[stage], `${file.path} imports ${specifier}`).toContain(target);
      }
    });
  }

  // The composition root: main, services, and the live index that rebuilds services on re-index.
  it('nothing imports http/ or main.ts except main, services, live-index and scripts', () => {
    for (const file of files.filter((candidate) => !['main.ts', 'services.ts', 'live-index.ts'].includes(candidate.path))) {
      for (const specifier of file.imports) {
        const target = resolveStage(file.path, specifier);
        if (stageOf(file.path) === 'http') continue;
        expect(target === 'http' || target === 'main', `${file.path} imports ${specifier}`).toBe(false);
      }
    }
  });

  it.each([
    ['@huggingface/transformers', 'embed/transformers-embedder.ts'],
    ['hnswlib-node', 'store/hnsw-index.ts'],
  ])('only one file imports %s', (library, expected) => {
    const importers = files.filter((file) => file.imports.includes(library)).map((file) => file.path);
    expect(importers).toEqual([expected]);
  });

  it('only http/ knows Express', () => {
    const importers = files.filter((file) => file.imports.includes('express')).map((file) => stageOf(file.path));
    expect(new Set(importers)).toEqual(new Set(['http']));
  });
});
