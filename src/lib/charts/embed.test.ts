import { describe, expect, it } from 'vitest';
import { embedUrl, hostSnippet, iframeCode } from './embed';

describe('embed code', () => {
  it('points at the embed route with the same view', () => {
    expect(embedUrl('https://x.org', 'en', 'trade', '?from=2010')).toBe('https://x.org/embed/en/trade/?from=2010');
  });
  it('escapes the title and sandboxes the frame', () => {
    const code = iframeCode('https://x.org/embed/en/trade/?a=1&b=2', 'Trade "VN" <LA>');
    expect(code).toContain('src="https://x.org/embed/en/trade/?a=1&amp;b=2"');
    expect(code).toContain('title="Trade &quot;VN&quot; &lt;LA>"');
    expect(code).toContain('sandbox="allow-scripts');
    expect(code).not.toContain('allow-same-origin');
  });
  it('accepts only numbers from its own frames', () => {
    const s = hostSnippet('https://x.org');
    expect(s).toContain(`typeof e.data !== 'number'`);
    expect(s).toContain('frames[i].contentWindow === e.source');
    expect(s).toContain('"https://x.org"');
  });
});
