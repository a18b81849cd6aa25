// Tiny DOM helpers. Text always goes in as text nodes: report text is never parsed as HTML.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('en-GB');
}

/** An outlet as shown: a file path (a report ingested without a source) is shortened to its file name. */
export function outletLabel(outlet: string): string {
  return /[\\/]/.test(outlet) && !/^https?:/.test(outlet) ? outlet.split(/[\\/]/).pop() || outlet : outlet;
}
