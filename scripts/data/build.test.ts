import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from './build';

const fixtures = join(import.meta.dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'data-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type File = 'sources' | 'series' | 'observations' | 'localities' | 'twinning' | 'milestones';

/** Copies the valid fixture set, applies one defect, builds, and returns what happened. */
function run(name: string, file: File | null, edit: (text: string) => string, seedEdit?: (text: string) => string) {
  const dir = join(scratch, name);
  cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
  cpSync(join(fixtures, 'seeds'), join(dir, 'seeds'), { recursive: true });
  if (file) {
    const path = join(dir, 'data', `${file}.csv`);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  if (seedEdit) writeFileSync(join(dir, 'seeds', 'doc.txt'), seedEdit(readFileSync(join(dir, 'seeds', 'doc.txt'), 'utf8')));
  const out = join(dir, 'out');
  const result = buildData({ dataDir: join(dir, 'data'), seedsDir: join(dir, 'seeds'), outDir: out, displayRoot: dir });
  return { result, wrote: existsSync(out) ? readdirSync(out, { recursive: true }) : [] };
}

/** Replaces `from` (which must occur) in one row. */
const sub = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return t.replace(from, to);
};
const line = (n: number, to: (l: string) => string) => (t: string) => t.split('\n').map((l, i) => (i === n - 1 ? to(l) : l)).join('\n');
const appendRow = (row: string) => (t: string) => t + row + '\n';
const obsRow = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    obs_id: 'o9', series_id: 'trade.total', period_start: '2015', period_end: '2015', value: '890000000', unit: 'USD',
    status: 'reported', locality_id: '', source_id: 'doc', locator: 'line 2', quote: '"đạt 890 triệu USD"', quote_unit: '', note_vi: '', note_en: ''
  };
  return Object.values({ ...base, ...fields }).join(',');
};

describe('the valid fixture set', () => {
  it('builds and writes the JSON and the downloadable copies', () => {
    const { result, wrote } = run('valid', null, (t) => t);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(wrote).toEqual(expect.arrayContaining(['src/lib/data/generated/dataset.json', 'static/data/observations.csv', 'static/data/twinning.csv', 'static/data/dataset.json']));
    const json = JSON.parse(readFileSync(join(scratch, 'valid/out/src/lib/data/generated/dataset.json'), 'utf8'));
    expect(json.observations[1]).toMatchObject({ obs_id: 'o2', value: 823400000, status: 'reported' });
    expect(result.summary[0]).toContain('4 observations');
  });
  it('warns and skips the document checks when the documents are absent', () => {
    const dir = join(scratch, 'noseeds');
    cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
    const result = buildData({ dataDir: join(dir, 'data'), seedsDir: join(dir, 'nothing'), outDir: join(dir, 'out'), displayRoot: dir });
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatch(/not found; quotes and SHA-256 of the source documents were not checked/);
  });
});

// Each malformed input: which file, the defect, and the exact lines the build must print.
const cases: [string, File | null, (t: string) => string, string[], ((t: string) => string)?][] = [
  ['bad number', 'observations', sub('890000000,USD', '1,2x,USD'), ['data/observations.csv:2: row has 15 fields, the header has 14']],
  ['value with letters', 'observations', sub('890000000,USD', '1.2x,USD'), ['data/observations.csv:2: value "1.2x" is not a number (plain digits, \'.\' as decimal mark)']],
  ['value with a thousands separator', 'observations', sub('823400000', '"823.400.000"'), ['data/observations.csv:3: value "823.400.000" is not a number (plain digits, \'.\' as decimal mark)']],
  ['empty value', 'observations', sub('823400000', ''), ['data/observations.csv:3: value "" is not a number (plain digits, \'.\' as decimal mark)']],
  ['unknown source', 'observations', sub(',doc,line 2', ',book,line 2'), ['data/observations.csv:2: unknown source_id "book"']],
  ['unknown series', 'observations', sub('o1,trade.total,', 'o1,trade.totals,'), ['data/observations.csv:2: unknown series_id "trade.totals"']],
  ['unknown locality', 'observations', sub('USD,reported,,doc,line 2', 'USD,reported,vn-atlantis,doc,line 2'), ['data/observations.csv:2: unknown locality_id "vn-atlantis"']],
  ['duplicate obs id', 'observations', sub('o2,trade.total', 'o1,trade.total'), ['data/observations.csv:3: duplicate obs_id "o1" (first on line 2)']],
  ['end before start', 'observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015,2014'), ['data/observations.csv:2: period_end 2014 is before period_start 2015']],
  ['month 13', 'observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2014-13,2015'), ['data/observations.csv:2: period_start "2014-13" is not a real date']],
  ['31 February', 'observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015-02-31,2015'), ['data/observations.csv:2: period_start "2015-02-31" is not a real date']],
  ['period not ISO', 'observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015/16,2016'), ['data/observations.csv:2: period_start must be YYYY, YYYY-MM or YYYY-MM-DD']],
  ['quote not at the line', 'observations', sub(',doc,line 2,', ',doc,line 5,'), ['data/observations.csv:2: quote not found within 2 lines of line 5 in doc.txt']],
  ['line beyond the end', 'observations', sub(',doc,line 2,', ',doc,line 90,'), ['data/observations.csv:2: locator line 90 is beyond the end of doc.txt (6 lines)']],
  ['locator not a line', 'observations', sub(',doc,line 2,', ',doc,page 2,'), ['data/observations.csv:2: locator "page 2" must be "line N" for a document source']],
  ['quote altered', 'observations', sub('đạt 890 triệu USD"', 'đạt 980 triệu USD"'), ['data/observations.csv:2: quote not found within 2 lines of line 2 in doc.txt']],
  ['quote without diacritics', 'observations', sub('kim ngạch thương mại', 'kim ngach thuong mai'), ['data/observations.csv:2: quote not found within 2 lines of line 2 in doc.txt']],
  ['value not in quote', 'observations', sub('o1,trade.total,2015,2015,890000000', 'o1,trade.total,2015,2015,89000000'), ['data/observations.csv:2: value 89000000 is not a number in the quote (numbers read: 890000000)']],
  ['value read the English way', 'observations', sub('823400000', '823400'), ['data/observations.csv:3: value 823400 is not a number in the quote (numbers read: 823400000)']],
  ['web locator differs from url', 'observations', sub('o3,trade.total,2017,2017,892900000,USD,reported,,web,https://example.org/trade', 'o3,trade.total,2017,2017,892900000,USD,reported,,web,https://example.org/other'), ['data/observations.csv:4: locator "https://example.org/other" must be the source\'s url (https://example.org/trade)']],
  ['unknown status', 'observations', sub('890000000,USD,reported', '890000000,USD,guessed'), ['data/observations.csv:2: status "guessed" is not one of: reported, estimate, approximate, lower_bound, upper_bound, preliminary, target']],
  ['wrong unit for series', 'observations', sub('890000000,USD', '890000000,VND'), ['data/observations.csv:2: unit "VND" does not match series trade.total (USD)']],
  ['unit not allowed', 'observations', sub('890000000,USD', '890000000,EUR'), ['data/observations.csv:2: unit "EUR" is not one of: USD, VND, LAK, persons, projects, percent, count, km, tonnes, hectares']],
  ['negative level', 'observations', appendRow(obsRow({ obs_id: 'o9', value: '-890000000' })), ['data/observations.csv:6: value -890000000 is negative; only rate series may be', 'data/observations.csv:6: value -890000000 is not a number in the quote (numbers read: 890000000)']],
  ['missing column', 'observations', (t) => t.replace(',note_en', '').replace(/,\n/g, '\n'), ['data/observations.csv:1: missing column: note_en']],
  ['unknown column', 'series', line(1, (l) => l + ',colour'), ['data/series.csv:1: unknown column: colour']],
  ['column named twice', 'series', line(1, (l) => l.replace('label_en', 'label_vi')), ['data/series.csv:1: missing column: label_en', 'data/series.csv:1: column named twice: label_vi']],
  ['byte-order mark', 'observations', (t) => '\ufeff' + t, ['data/observations.csv:1: file starts with a byte-order mark; save it as UTF-8 without BOM']],
  ['CRLF line endings', 'observations', (t) => t.replace(/\n/g, '\r\n'), ['data/observations.csv:1: line ends with CR (Windows line endings); use LF only']],
  ['empty file', 'observations', () => '', ['data/observations.csv:1: file is empty; expected a header row']],
  ['header only', 'observations', (t) => t.split('\n')[0] + '\n', ['data/observations.csv:1: no observations: the file has a header but no rows']],
  ['empty line in the middle', 'observations', (t) => t.replace('\no2,', '\n\no2,'), ['data/observations.csv:3: empty line']],
  ['too few fields', 'milestones', line(2, (l) => l.split(',').slice(0, 5).join(',')), ['data/milestones.csv:2: row has 5 fields, the header has 12']],
  ['unterminated quote', 'observations', sub('890 triệu USD",', '890 triệu USD,'), ['data/observations.csv:2: quoted field is never closed (unbalanced ")']],
  ['changed document', null, (t) => t, ['data/sources.csv:2: doc.txt has changed: its SHA-256 is 5b2c16a6fbe1edea6b7c1c1d1f6f5b4e6f2bd6ba6b2a0c3f7a6a2b1f63a3c9e1, sources.csv records SHA'], (t) => t + 'thêm một dòng\n'],
  ['document missing', 'sources', sub('doc.txt', 'gone.txt'), ['data/sources.csv:2: file gone.txt not found in seeds']],
  ['bad sha format', 'sources', (t) => t.replace(/,[0-9a-f]{64},/, ',abc,'), ['data/sources.csv:2: sha256 must be 64 lower-case hex digits']],
  ['source with neither file nor url', 'sources', sub(',,https://example.org/trade,', ',,,'), ['data/sources.csv:3: source "web" has neither file nor url']],
  ['bad url', 'sources', sub('https://example.org/trade', 'example dot org'), ['data/sources.csv:3: url must be an http(s) address']],
  ['unknown language', 'sources', sub(',vi,', ',de,'), ['data/sources.csv:2: language "de" is not one of: vi, en, fr, lo']],
  ['duplicate source id', 'sources', sub('web,press,Web page', 'doc,press,Web page'), ['data/observations.csv:4: unknown source_id "web"', 'data/observations.csv:5: unknown source_id "web"', 'data/sources.csv:3: duplicate source_id "doc" (first on line 2)']],
  ['bad id characters', 'series', sub('trade.total_growth', 'Trade Growth'), ['data/observations.csv:5: unknown series_id "trade.total_growth"', 'data/series.csv:3: series_id must be lower-case letters, digits, \'.\', \'_\' or \'-\'']],
  ['unknown series kind', 'series', sub('USD,flow', 'USD,stream'), ['data/series.csv:2: kind "stream" is not one of: flow, school_year_flow, stock, cumulative, rate, average']],
  ['empty label', 'series', sub('Two-way trade', ''), ['data/series.csv:2: label_en is empty']],
  ['bad ISO code', 'localities', sub('VN-05', 'VN5'), ['data/localities.csv:2: iso_code must look like VN-05 or LA-HO']],
  ['level not in the list', 'localities', sub('la-houaphanh,LA,province', 'la-houaphanh,LA,region'), ['data/localities.csv:3: level "region" is not one of: province, former_province, district, city, border_gate, commune']],
  ['unknown parent', 'localities', sub(',vn-son-la,,,,,,,,,', ',vn-son-lo,,,,,,,,,'), ['data/localities.csv:4: unknown parent_id "vn-son-lo"']],
  ['unknown successor', 'localities', appendRow('vn-ha-nam-ninh,VN,former_province,,Hà Nam Ninh,Ha Nam Ninh,,,1975,1991,vn-nam-dinh,,,,,,'), ['data/localities.csv:5: unknown successor "vn-nam-dinh"']],
  ['valid_to before valid_from', 'localities', appendRow('vn-x,VN,former_province,,X,X,,,1991,1975,vn-son-la,,,,,,'), ['data/localities.csv:5: valid_to 1975 is before valid_from 1991']],
  ['iso code used twice', 'localities', appendRow('vn-son-la-2,VN,province,VN-05,Sơn La 2,Son La 2,,,,,,,,,,,'), ['data/localities.csv:5: iso_code VN-05 is also used by vn-son-la']],
  ['province without iso code', 'localities', appendRow('vn-x,VN,province,,X,X,,,,,,,,,,,'), ['data/localities.csv:5: province "vn-x" has no iso_code']],
  ['iso code of the other country', 'localities', sub('la-houaphanh,LA,province,LA-HO', 'la-houaphanh,LA,province,VN-HO'), ['data/localities.csv:3: iso_code VN-HO does not belong to country LA', 'data/twinning.csv:2: la_code LA-HO is not the province of "la-houaphanh" (VN-HO)']],
  ['duplicate link id', 'twinning', (t) => t + t.split('\n')[1] + '\n', ['data/twinning.csv:3: duplicate link_id "l1" (first on line 2)']],
  ['link code not the province', 'twinning', sub('vn-son-la,VN-05', 'vn-son-la,VN-14'), ['data/twinning.csv:2: vn_code VN-14 is not the province of "vn-son-la" (VN-05)']],
  ['link partner in the wrong country', 'twinning', sub('la-houaphanh,LA-HO', 'vn-son-la,LA-HO'), ['data/twinning.csv:2: la_locality_id "vn-son-la" is not in Laos']],
  ['link kind unknown', 'twinning', sub(',cooperation,', ',alliance,'), ['data/twinning.csv:2: kind "alliance" is not one of: twinning, cooperation, friendship, border_gate_pair']],
  ['since not a date', 'twinning', sub(',1969-11,', ',tháng 11/1969,'), ['data/twinning.csv:2: since must be YYYY, YYYY-MM or YYYY-MM-DD']],
  ['link status unknown', 'twinning', sub(',active,', ',dormant,'), ['data/twinning.csv:2: status "dormant" is not one of: active, historical']],
  ['link quote not at the line', 'twinning', sub(',line 4,', ',line 1,'), ['data/twinning.csv:2: quote not found within 2 lines of line 1 in doc.txt']],
  ['milestone importance', 'milestones', sub(',treaty,1,', ',treaty,5,'), ['data/milestones.csv:2: importance "5" must be 1, 2 or 3']],
  ['milestone unknown source', 'milestones', sub(',doc,line 5,', ',book,line 5,'), ['data/milestones.csv:2: unknown source_id "book"']],
  ['milestone date impossible', 'milestones', sub('1977-07-18', '1977-07-32'), ['data/milestones.csv:2: date "1977-07-32" is not a real date']],
  ['file missing', 'twinning', () => { throw new Error('replaced below'); }, ['data/twinning.csv:1: file is missing']]
];

describe('malformed data is rejected with file:line and nothing is written', () => {
  it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));
  for (const [name, file, edit, expected, seedEdit] of cases) {
    it(name, () => {
      let r;
      if (name === 'file missing') {
        const dir = join(scratch, 'missing');
        cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
        cpSync(join(fixtures, 'seeds'), join(dir, 'seeds'), { recursive: true });
        rmSync(join(dir, 'data/twinning.csv'));
        const result = buildData({ dataDir: join(dir, 'data'), seedsDir: join(dir, 'seeds'), outDir: join(dir, 'out'), displayRoot: dir });
        r = { result, wrote: existsSync(join(dir, 'out')) ? ['something'] : [] };
      } else {
        r = run(name.replace(/\W+/g, '-'), file, edit, seedEdit);
      }
      expect(r.result.ok).toBe(false);
      if (name === 'changed document') {
        expect(r.result.problems).toHaveLength(1);
        expect(r.result.problems[0]).toMatch(/^data\/sources\.csv:2: doc\.txt has changed: its SHA-256 is [0-9a-f]{64}, sources\.csv records [0-9a-f]{64}$/);
      } else {
        expect(r.result.problems).toEqual(expected);
      }
      expect(r.wrote).toEqual([]);
    });
  }
});
