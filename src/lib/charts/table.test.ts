import { describe, expect, it } from 'vitest';
import { rowsToCsv, type TableRow } from './table';

const row: TableRow = {
  id: 'o1', seriesId: 'trade.total_growth', seriesLabel: { vi: 'Mức tăng', en: 'Growth', lo: 'ການເຕີບໂຕ' }, periodStart: '2016', periodEnd: '2016',
  value: -20, unit: 'percent', status: 'approximate', role: 'line', disputed: false, sourceId: 'web',
  sourceLabel: '=HYPERLINK("http://evil.example/","Nguồn")', locator: 'https://example.org/a,b', reason: { text: '' }
};

describe('rowsToCsv', () => {
  it('writes the chart rows through the one CSV writer: BOM, quoting, no formulas, numbers as numbers', () => {
    const csv = rowsToCsv([row]);
    expect(csv).toBe(
      '\ufeffobs_id,series_id,period_start,period_end,value,unit,status,role,source,locator,why_sources_differ\n' +
        `o1,trade.total_growth,2016,2016,-20,percent,approximate,line,"'=HYPERLINK(""http://evil.example/"",""Nguồn"")","https://example.org/a,b",\n`
    );
  });
});
