import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/csp';

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

describe('content security policy', () => {
  it('forbids remote code, plugins, framing and form posts', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("plays sound only from the app itself or a blob: URL it made (a call recording's player)", () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy).toContain("media-src 'self' blob:");
    expect(policy.filter((d) => d.startsWith('media-src'))).toHaveLength(1);
  });

  it('matches the meta tag in renderer/index.html (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const expected = directives(contentSecurityPolicy).filter((d) => !d.startsWith('frame-ancestors'));
    expect(directives(meta![1]!)).toEqual(expected);
  });
});
