import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePath, findFile } from './static-host';

const root = mkdtempSync(join(tmpdir(), 'static-host-'));
mkdirSync(join(root, 'vi/trade'), { recursive: true });
writeFileSync(join(root, 'vi/trade/index.html'), 'trade');
writeFileSync(join(root, 'favicon.svg'), '<svg/>');
mkdirSync(join(root, 'empty'));

describe('decodePath', () => {
  it('decodes, and gives null for malformed percent-encoding', () => {
    expect(decodePath('/vi/%C4%91')).toBe('/vi/đ');
    expect(decodePath('/vi/%%%/')).toBeNull();
    expect(decodePath('/vi/trade/%E0%A4%A/')).toBeNull();
  });
});

describe('findFile', () => {
  it('serves a folder by its index.html and redirects the address without its final slash', () => {
    expect(findFile(root, '/vi/trade/')).toEqual({ file: join(root, 'vi/trade/index.html') });
    expect(findFile(root, '/vi/trade')).toEqual({ redirect: '/vi/trade/' });
    expect(findFile(root, '/favicon.svg')).toEqual({ file: join(root, 'favicon.svg') });
  });

  it('finds nothing outside the folder, in a folder without a page, or for a missing file', () => {
    for (const path of ['/../etc/passwd', '/vi/../../etc/passwd', '/vi/trade/../../../x', '/empty/', '/nope/', '/vi/\0/']) expect(findFile(root, path), path).toBeNull();
    expect(findFile(`${root}/vi`, '/../favicon.svg')).toBeNull();
  });
});
