// The page's modules are plain browser JavaScript outside the TypeScript program; tests load them by
// path (typed by the caller) so tsc does not have to know them.
const publicDir = new URL('../../../src/http/public/', import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadPublic(name: string): Promise<any> {
  const url: string = new URL(name, publicDir).href;
  return import(url);
}

export interface VNode {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

/** Expands function components and flattens a Preact vnode tree into its element vnodes, in order. */
export function elements(node: unknown): VNode[] {
  if (node === null || node === undefined || typeof node === 'boolean' || typeof node === 'string' || typeof node === 'number') return [];
  if (Array.isArray(node)) return node.flatMap(elements);
  const vnode = node as VNode;
  if (typeof vnode.type === 'function') return elements((vnode.type as (props: unknown) => unknown)(vnode.props));
  return [vnode, ...elements(vnode.props?.children)];
}

/** The text a vnode tree renders (function components expanded). */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const vnode = node as VNode;
  if (typeof vnode.type === 'function') return textOf((vnode.type as (props: unknown) => unknown)(vnode.props));
  return textOf(vnode.props?.children);
}

export const withClass = (list: VNode[], name: string) => list.filter((node) => String(node.props.class ?? '').split(/\s+/).includes(name));
