import { describe, expect, it } from 'vitest';
import { parseExportArgs, parseSize, parseViewAddress } from './export-args';

const parse = (s: string) => parseExportArgs(s.split(' ').filter(Boolean));

describe('parseExportArgs', () => {
  it('reads the documented example', () => {
    expect(parse('--chart trade --lang vi --theme slide --format png,svg,pptx --size 1920x1080 --out exports/')).toEqual({
      charts: ['trade'],
      langs: ['vi'],
      theme: 'slide',
      formats: ['png', 'svg', 'pptx'],
      width: 1920,
      height: 1080,
      out: 'exports/',
      view: {},
      help: false
    });
  });

  it('--all means every chart in every language; --opt=value works', () => {
    const a = parse('--all --format=svg');
    expect(a.charts).toEqual(['trade', 'students', 'students-son-la', 'investment-projects', 'investment-capital', 'experts']);
    expect(a.langs).toEqual(['vi', 'en', 'lo']);
    expect(a.formats).toEqual(['svg']);
    expect([a.width, a.height]).toEqual([1200, 750]);
    expect(parse('--chart trade,experts --lang en').charts).toEqual(['trade', 'experts']);
  });

  it('takes the view a presenter saw: years, series, secondary sources, milestones', () => {
    expect(parse('--chart trade --from 2006 --to 2020 --series exports,imports --secondary 0 --notes 0').view).toEqual({
      from: 2006,
      to: 2020,
      series: ['exports', 'imports'],
      secondary: false,
      notes: false
    });
  });

  it('reads a page address: its language, chart and view; options given on their own win', () => {
    const a = parse('--view https://example.org/en/trade/?from=2006&series=exports&secondary=0 --to 2024');
    expect(a.charts).toEqual(['trade']);
    expect(a.langs).toEqual(['en']);
    expect(parse('--view /lo/trade/?from=2010').langs).toEqual(['lo']);
    expect(parse('--chart trade --lang lo,vi').langs).toEqual(['lo', 'vi']);
    expect(a.view).toEqual({ from: 2006, to: 2024, series: ['exports'], secondary: false });
    // An embed shows no milestone flags unless asked; a view page names its view.
    expect(parse('--view /embed/vi/experts/').view).toEqual({ notes: false });
    expect(parse('--view /vi/views/trade/only-exports/')).toMatchObject({ charts: ['trade'], view: { viewPage: 'only-exports' } });
    // A page with two charts needs --chart; its query still applies.
    expect(parse('--view /vi/students/?from=2015 --chart students-son-la')).toMatchObject({ charts: ['students-son-la'], view: { from: 2015 } });
    expect(parseViewAddress('?to=2010').query.get('to')).toBe('2010');
  });

  it.each([
    ['--chart nope', 'unknown chart "nope"; expected one of: trade, students, students-son-la, investment-projects, investment-capital, experts'],
    ['--chart trade --size 1920', 'bad --size "1920"; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    ['--chart trade --size 10x10', 'bad --size "10x10"; each side must be between 200 and 8000 pixels'],
    ['--chart trade --size axb', 'bad --size "axb"; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    ['--chart trade --format jpg', 'unknown format "jpg"; expected one of: png, svg, pptx'],
    ['--chart trade --theme neon', 'unknown theme "neon"; expected one of: light, dark, slide'],
    ['--chart trade --theme light,dark', '--theme takes one theme'],
    ['--chart trade --lang fr', 'unknown lang "fr"; expected one of: vi, en'],
    ['--chart trade --bogus', 'unknown argument "--bogus"; see --help'],
    ['--chart trade --build build/', '--build is no longer needed: exports are made from the data, without a built site'],
    ['--chart', '--chart needs a value'],
    ['--chart --all', '--chart needs a value'],
    ['--all --chart trade', 'give either --chart or --all, not both'],
    ['', 'nothing to export: give --chart <id>, --all or --view <address>'],
    ['--chart trade --chart experts', '--chart given twice'],
    ['--chart trade --from 06', 'bad --from "06"; expected a year such as 2006'],
    ['--chart trade --from 2020 --to 2010', '--from 2020 is after --to 2010'],
    ['--chart trade --series students', 'unknown series "students" for trade; expected one of: total, exports, imports'],
    ['--chart trade,experts --series exports', 'experts has none of the series exports; its series are: sent'],
    ['--chart trade --secondary no', 'bad --secondary "no"; expected 0 or 1'],
    ['--view /vi/students/', 'the page of --view shows students and students-son-la; give --chart to choose']
  ])('rejects %s', (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });

  it('sizes', () => {
    expect(parseSize('800X600')).toEqual({ width: 800, height: 600 });
  });
});
