import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMs, formatRatio, formatTable } from '../../src/bench/format.ts';

describe('format', () => {
  it('pads columns, right-aligns numeric ones and underlines the header', () => {
    const table = formatTable(
      ['läge', 'p50', 'n'],
      [
        ['lexical', '1.25 ms', 900],
        ['hybrid', '12.5 ms', 30],
      ],
    );
    expect(table.split('\n')).toEqual([
      'läge         p50    n',
      '-------  -------  ---',
      'lexical  1.25 ms  900',
      'hybrid   12.5 ms   30',
    ]);
  });

  it('formats times, sizes, counts and ratios; missing values as "–"', () => {
    expect(formatMs(0.123)).toBe('0.12 ms');
    expect(formatMs(25.04)).toBe('25.0 ms');
    expect(formatMs(1530)).toBe('1.53 s');
    expect(formatMs(Number.NaN)).toBe('–');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GB');
    expect(formatCount(100000)).toBe('100 000');
    expect(formatRatio(3.14)).toBe('3.1×');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('–');
  });
});
