import { describe, expect, it } from 'vitest';
import { parseExportArgs, parseSize } from './export-args';

const parse = (s: string) => parseExportArgs(s.split(' ').filter(Boolean));

describe('parseExportArgs', () => {
  it('reads the documented example', () => {
    expect(parse('--chart trade --lang vi --theme slide --format png,svg --size 1920x1080 --out exports/')).toEqual({
      charts: ['trade'],
      langs: ['vi'],
      theme: 'slide',
      formats: ['png', 'svg'],
      width: 1920,
      height: 1080,
      out: 'exports/',
      build: 'build/',
      help: false
    });
  });

  it('--all means every chart in both languages; --opt=value works', () => {
    const a = parse('--all --format=svg');
    expect(a.charts).toEqual(['trade', 'students', 'students-son-la', 'investment-projects', 'investment-capital', 'experts']);
    expect(a.langs).toEqual(['vi', 'en']);
    expect(a.formats).toEqual(['svg']);
    expect([a.width, a.height]).toEqual([1200, 750]);
    expect(parse('--chart trade,experts --lang en').charts).toEqual(['trade', 'experts']);
  });

  it.each([
    ['--chart nope', 'unknown chart "nope"; expected one of: trade, students, students-son-la, investment-projects, investment-capital, experts'],
    ['--chart trade --size 1920', 'bad --size "1920"; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    ['--chart trade --size 10x10', 'bad --size "10x10"; each side must be between 200 and 8000 pixels'],
    ['--chart trade --size axb', 'bad --size "axb"; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    ['--chart trade --format jpg', 'unknown format "jpg"; expected one of: png, svg'],
    ['--chart trade --theme neon', 'unknown theme "neon"; expected one of: light, dark, slide'],
    ['--chart trade --theme light,dark', '--theme takes one theme'],
    ['--chart trade --lang fr', 'unknown lang "fr"; expected one of: vi, en'],
    ['--chart trade --bogus', 'unknown argument "--bogus"; see --help'],
    ['--chart', '--chart needs a value'],
    ['--chart --all', '--chart needs a value'],
    ['--all --chart trade', 'give either --chart or --all, not both'],
    ['', 'nothing to export: give --chart <id> or --all'],
    ['--chart trade --chart experts', '--chart given twice']
  ])('rejects %s', (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });

  it('sizes', () => {
    expect(parseSize('800X600')).toEqual({ width: 800, height: 600 });
  });
});
