import type { Passage } from '../types.ts';

/** Every theme a passage carries, the primary first. The one place that knows secondary themes exist. */
export function passageThemeIds(passage: Pick<Passage, 'themeId' | 'secondaryThemeIds'>): string[] {
  return passage.secondaryThemeIds?.length ? [passage.themeId, ...passage.secondaryThemeIds] : [passage.themeId];
}

/** Whether a passage speaks to a theme, as its primary theme or a secondary one. */
export function passageHasTheme(passage: Pick<Passage, 'themeId' | 'secondaryThemeIds'>, themeId: string): boolean {
  return passage.themeId === themeId || (passage.secondaryThemeIds?.includes(themeId) ?? false);
}
