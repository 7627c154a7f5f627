import { describe, expect, it } from 'vitest';
import { barsToCsv, chartToSvg, gridToCsv } from './chart-export';
import { barOption, heatmapOption } from './chart-options';
import type { ChartTheme } from './chart-theme';

const theme: ChartTheme = {
  text: '#111111',
  faint: '#666666',
  line: '#dddddd',
  background: '#ffffff',
  accent: '#1f5fbf',
  scale: ['#e6eefa', '#1f5fbf'],
};

describe('a chart saved as a file', () => {
  it('draws bars as a standalone SVG with the title and every shown name', () => {
    const bars = [
      { name: 'Loaded language', value: 12, pick: 'technique.loaded-language' },
      { name: 'Doubt', value: 3, pick: 'technique.doubt' },
    ];
    const svg = chartToSvg(barOption(bars, 'Annotations per label', theme), 600, 200);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Annotations per label');
    expect(svg).toContain('Loaded language');
    expect(svg).toContain('Doubt');
  });

  it('draws a heat map with a count in each non-empty cell', () => {
    const grid = {
      rows: [{ name: 'Claim', pick: 'claim.claim' }],
      columns: [
        { name: 'Le Monde', pick: 'Le Monde' },
        { name: 'AZERTAC', pick: 'AZERTAC' },
      ],
      values: [[7, 0]],
    };
    const option = heatmapOption(grid, 'Labels per outlet', theme) as {
      series: { data: { value: number[] }[] }[];
    };
    expect(option.series[0]!.data.map((cell) => cell.value)).toEqual([[0, 0, 7]]);
    expect(chartToSvg(option, 600, 200)).toContain('AZERTAC');
  });

  it('writes the figures as CSV a spreadsheet cannot run', () => {
    expect(barsToCsv([{ name: '=HYPERLINK("x")', value: 2, pick: 'p' }], 'Label')).toBe(
      'Label,Count\r\n"\'=HYPERLINK(""x"")",2\r\n',
    );
    const grid = {
      rows: [{ name: 'A, B', pick: 'a' }],
      columns: [{ name: '2025-03', pick: 'm' }],
      values: [[4]],
    };
    expect(gridToCsv(grid, 'Label')).toBe('Label,2025-03\r\n"A, B",4\r\n');
  });
});
