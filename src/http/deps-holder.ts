import type { AppDeps } from './app-deps.ts';

/**
 * The deps the app serves from, swappable while it runs. A request reads `current` once, when it
 * arrives, and keeps that generation to the end, so a swap never mixes two indexes in one answer and
 * never fails a request in flight; the old generation is collected when its last request ends.
 */
export class DepsHolder {
  #current: AppDeps;
  #generation = 1;
  readonly #preparers: Array<(deps: AppDeps) => void> = [];

  constructor(deps: AppDeps) {
    this.#current = deps;
  }

  get current(): AppDeps {
    return this.#current;
  }

  /** Counts swaps; 1 for the deps the server started with. */
  get generation(): number {
    return this.#generation;
  }

  /** Runs for every new generation before it is served (the app builds its routes here); a throw cancels the swap. */
  onPrepare(prepare: (deps: AppDeps) => void): void {
    this.#preparers.push(prepare);
  }

  swap(deps: AppDeps): void {
    for (const prepare of this.#preparers) prepare(deps);
    this.#current = deps;
    this.#generation += 1;
  }
}

/** What a reload reports; `error` when the new index could not be loaded and the old one stays. */
export interface ReloadOutcome {
  reloaded: boolean;
  generation: number;
  passages: number;
  reports: number;
  builtAt: string | null;
  reason: string;
}
