import { describe, expect, it } from 'vitest';
import { citationText } from './cite';

describe('citationText', () => {
  it('names site, title, address, day of access and publishers, in the page language', () => {
    const c = { title: 'Thương mại hai chiều Việt Nam – Lào, 2010–2025', url: 'https://example.org/vi/trade/?from=2010', publishers: ['Tổng cục Hải quan', 'TTXVN'], more: 3, accessed: '2026-12-01' };
    expect(citationText({ ...c, lang: 'vi' })).toBe(
      'Số liệu hợp tác Việt Nam – Lào. “Thương mại hai chiều Việt Nam – Lào, 2010–2025”. https://example.org/vi/trade/?from=2010. Truy cập ngày 1/12/2026. Nguồn số liệu: Tổng cục Hải quan; TTXVN; và 3 nguồn khác (xem trang Nguồn).'
    );
    expect(citationText({ ...c, lang: 'en', more: 0 })).toMatch(/^Viet Nam – Laos cooperation statistics\. “.+”\. https:\/\/example\.org\/vi\/trade\/\?from=2010\. Accessed 1 Dec 2026\. Data: Tổng cục Hải quan; TTXVN\.$/);
  });
});
