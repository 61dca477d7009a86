import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md: imports point one way (http → answer → retrieve → {store, embed} → text → types; ingest →
 * {embed, store}), nothing imports http/ or main.ts, and one file each may import the heavy libraries.
 * Each rule is one test over every file, reporting all offenders at once.
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
  // The bench measures the stages and the service as loaded (services.ts); createApp is handed in by the script.
  bench: ['ingest', 'store', 'retrieve', 'embed', 'text', 'services'],
  cli: ['text'],
};
/** Shared by every stage. */
const sharedRoots = new Set(['types', 'errors', 'config']);
/** Composition roots: they wire the stages together and may import any of them. */
const compositionRoots = new Set(['main', 'services', 'workers', 'live-index']);

function resolveStage(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return stageOf(relative(sourceRoot, join(sourceRoot, from, '..', specifier)));
}

const importsOf = (predicate: (specifier: string) => boolean) => files.filter((file) => file.imports.some(predicate)).map((file) => file.path);

describe('architecture', () => {
  it('scans every stage, and every file belongs to a known stage or root', () => {
    const stages = new Set(files.map((file) => stageOf(file.path)));
    for (const stage of Object.keys(allowed)) expect(stages, `no files found in src/${stage}`).toContain(stage);
    const unknown = files.filter((file) => {
      const stage = stageOf(file.path);
      return !(stage in allowed) && !sharedRoots.has(stage) && !compositionRoots.has(stage);
    });
    expect(unknown.map((file) => file.path)).toEqual([]);
  });

  it('every import points the allowed way', () => {
    const violations = files.flatMap((file) => {
      const stage = stageOf(file.path);
      if (compositionRoots.has(stage)) return [];
      return file.imports.flatMap((specifier) => {
        const target = resolveStage(file.path, specifier);
        if (target === null || target === stage || sharedRoots.has(target)) return [];
        const permitted = sharedRoots.has(stage) ? [] : (allowed[stage] ?? []);
        return permitted.includes(target) ? [] : [`${file.path} imports ${specifier}`];
      });
    });
    expect(violations).toEqual([]);
  });

  it('nothing imports http/ or main.ts except the composition roots', () => {
    const offenders = files.filter(
      (file) =>
        !compositionRoots.has(stageOf(file.path)) &&
        stageOf(file.path) !== 'http' &&
        file.imports.some((specifier) => ['http', 'main'].includes(resolveStage(file.path, specifier) ?? '')),
    );
    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('the answer layer keeps its rooms: only the entry point and the report catalog sit at src/answer/', () => {
    const rooms = new Set(['question', 'evidence', 'compose', 'llm', 'summary']);
    const rootFiles = new Set(['answer/answer-question.ts', 'answer/report-catalog.ts']);
    const answerFiles = files.filter((file) => stageOf(file.path) === 'answer').map((file) => file.path);
    for (const room of rooms) expect(answerFiles.some((path) => path.startsWith(`answer/${room}/`)), `no files in src/answer/${room}`).toBe(true);
    const homeless = answerFiles.filter((path) => !rootFiles.has(path) && !rooms.has(path.split('/')[1] ?? ''));
    expect(homeless).toEqual([]);
  });

  it('one file (or stage) each imports transformers.js, hnswlib-node, pdf.js and Express; the peers only the bench', () => {
    expect(importsOf((specifier) => specifier === '@huggingface/transformers')).toEqual(['embed/transformers-embedder.ts']);
    expect(importsOf((specifier) => specifier === 'hnswlib-node')).toEqual(['store/hnsw-index.ts']);
    expect(importsOf((specifier) => specifier.startsWith('pdfjs-dist'))).toEqual(['ingest/load-pdf.ts']);
    expect(new Set(importsOf((specifier) => specifier === 'express').map(stageOf))).toEqual(new Set(['http']));
    expect(new Set(importsOf((specifier) => ['minisearch', '@orama/orama', 'pdf-lib'].includes(specifier)).map(stageOf))).toEqual(new Set(['bench']));
  });
});
