// Aligned plain-text tables for people reading a terminal. The last column (a snippet of text) is
// cut to the terminal's width so rows stay one line each; scripts use --json instead.

export interface TableOptions {
  /** Characters per line; default: the terminal's width, or 160 when not a terminal. */
  width?: number;
}

const clip = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`);

export function formatTable(headers: string[], rows: string[][], options: TableOptions = {}): string {
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : 160);
  const clean = rows.map((r) => r.map((cell) => cell.replace(/\s+/g, ' ').trim()));
  const widths = headers.map((h, i) => Math.max(h.length, ...clean.map((r) => (i < headers.length - 1 ? r[i].length : 0))));
  // Every column but the last keeps its full width, capped so one long key cannot push the snippet off.
  for (let i = 0; i < widths.length - 1; i += 1) widths[i] = Math.min(widths[i], 60);
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  const last = Math.max(headers[headers.length - 1].length, width - fixed);
  const line = (cells: string[]) => cells
    .map((cell, i) => (i === cells.length - 1 ? clip(cell, last) : clip(cell, widths[i]).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
  return [line(headers), ...clean.map(line)].join('\n');
}
