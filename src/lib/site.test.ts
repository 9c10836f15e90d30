import { describe, expect, it } from 'vitest';
import { correctionChannel, mailbox, prepareReport, publicUrl, settings, webAddress } from './site';

const report = { subject: 'Báo lỗi: link-x', body: 'Trang: https://site.gov.vn/vi/provinces/ha-tinh/\nGiá trị: 1 & 2' };
const none = { origin: '', correctionsEmail: '', correctionsUrl: '' };

describe('settings', () => {
  it('are empty when the build sets nothing (a test run sets nothing)', () => {
    expect(settings).toEqual(none);
  });
  it('refuse placeholders and anything that is not an address', () => {
    expect(mailbox('corrections@vn-la-dashboard.example')).toBe('');
    expect(mailbox('not an address')).toBe('');
    expect(mailbox(' sua-loi@mofa.gov.vn ')).toBe('sua-loi@mofa.gov.vn');
    expect(webAddress('javascript:alert(1)')).toBe('');
    expect(webAddress('http://sveltekit-prerender')).toBe('');
    expect(webAddress('https://user:pw@forms.gov.vn/x')).toBe('');
    expect(webAddress('https://hoptac.gov.vn/', { origin: true })).toBe('https://hoptac.gov.vn');
  });
});

describe('publicUrl', () => {
  it('puts the configured origin before the path, or gives the path alone', () => {
    expect(publicUrl('/vi/provinces/ha-tinh/', { ...none, origin: 'https://hoptac.gov.vn' })).toBe('https://hoptac.gov.vn/vi/provinces/ha-tinh/');
    expect(publicUrl('/vi/provinces/ha-tinh/', none)).toBe('/vi/provinces/ha-tinh/');
  });
});

describe('correctionChannel', () => {
  it('writes a prefilled e-mail when a mailbox is configured', () => {
    const c = correctionChannel(report, { ...none, correctionsEmail: 'sua-loi@mofa.gov.vn', correctionsUrl: 'https://forms.gov.vn/a' });
    expect(c.kind).toBe('email');
    expect(c.kind === 'email' && c.href).toBe(`mailto:sua-loi@mofa.gov.vn?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}`);
  });
  it('prefills a form when only a form is configured', () => {
    const c = correctionChannel(report, { ...none, correctionsUrl: 'https://forms.gov.vn/a?lang=vi' });
    expect(c.kind === 'form' && new URL(c.href).searchParams.get('body')).toBe(report.body);
    expect(c.kind === 'form' && new URL(c.href).searchParams.get('lang')).toBe('vi');
  });
  it('offers the report as text to copy when nothing is configured, never a placeholder address', () => {
    expect(correctionChannel(report, none)).toEqual({ kind: 'copy' });
  });
});

describe('prepareReport', () => {
  it('carries the report and the channel the build configured', () => {
    expect(prepareReport(report, none)).toEqual({ ...report, channel: { kind: 'copy' } });
    expect(prepareReport(report, { ...none, correctionsEmail: 'sua-loi@mofa.gov.vn' }).channel.kind).toBe('email');
  });
});
