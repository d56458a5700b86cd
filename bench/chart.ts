// docs/benchmarks.svg: two bar panels readable at a glance — extraction throughput (Gleaner vs the
// naive pipeline, higher is better) and dollars per million articles (Gleaner vs Comprehend, lower is
// better). Hand-built SVG: no chart library, renders on GitHub and in any browser.

export interface Bar {
  label: string;
  value: number;
  /** Printed at the end of the bar. */
  text: string;
  color: string;
}

export interface Panel {
  title: string;
  bars: Bar[];
}

export const COLORS = { gleaner: '#2563eb', naive: '#9ca3af', comprehend: '#f97316' };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderBarChart(title: string, panels: Panel[], footnote: string): string {
  const width = 760;
  const labelWidth = 250;
  const barArea = width - labelWidth - 120;
  const barHeight = 22;
  const gap = 8;
  let y = 50;
  const parts: string[] = [];
  for (const panel of panels) {
    parts.push(`<text x="20" y="${y}" font-size="15" font-weight="bold">${escapeXml(panel.title)}</text>`);
    y += 14;
    const max = Math.max(...panel.bars.map((b) => b.value), Number.EPSILON);
    for (const bar of panel.bars) {
      const w = Math.max(2, (bar.value / max) * barArea);
      parts.push(`<text x="${labelWidth - 8}" y="${y + barHeight * 0.7}" font-size="13" text-anchor="end">${escapeXml(bar.label)}</text>`);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${bar.color}" rx="3"/>`);
      parts.push(`<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + barHeight * 0.7}" font-size="13">${escapeXml(bar.text)}</text>`);
      y += barHeight + gap;
    }
    y += 28;
  }
  parts.push(`<text x="20" y="${y - 6}" font-size="11" fill="#555">${escapeXml(footnote)}</text>`);
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="20" y="26" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
