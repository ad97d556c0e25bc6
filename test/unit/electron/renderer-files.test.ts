import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, rendererFileResponse } from '../../../electron/adapters/renderer-file-response';
import { contentTypeFor, resolveRendererFile } from '../../../electron/security/renderer-paths';
import { contentSecurityPolicy } from '../../../shared/security/csp';

const root = path.resolve('/srv/out/renderer');

describe('resolveRendererFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['/assets/', 'assets/index.html'],
    ['/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
  ])('maps %s inside the renderer folder', (pathname, relative) => {
    expect(resolveRendererFile(root, pathname)).toBe(path.join(root, relative));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5c..%5csecret.txt',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
    'relative/path.js',
    '/./index.html',
  ])('refuses %s', (pathname) => {
    expect(resolveRendererFile(root, pathname)).toBeNull();
  });

  it('names content types the browser needs to run modules and styles', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/blob.bin')).toBe('application/octet-stream');
  });
});

describe('rendererFileResponse', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'call-desk-renderer-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Call Desk</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'renderer', 'assets', 'index-5tSZhNAa.js'), 'console.log(2)');
    await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const rendererDir = () => path.join(dir, 'renderer');

  it('serves a file with its type and the app CSP', async () => {
    const response = await rendererFileResponse(rendererDir(), '/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('lets the browser keep content-named build files, and checks everything else on every load', async () => {
    const named = await rendererFileResponse(rendererDir(), '/assets/index-5tSZhNAa.js');
    expect(named.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(named.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    for (const pathname of ['/index.html', '/', '/customers/42', '/assets/app.js']) {
      expect((await rendererFileResponse(rendererDir(), pathname)).headers.get('cache-control')).toBe('no-cache');
    }
    expect(cacheControlFor('/assets/../index-5tSZhNAa.js')).toBe('no-cache');
    expect(cacheControlFor('/floor-12345678.html/x')).toBe('no-cache');
  });

  it('serves index.html for / and for client-side routes', async () => {
    expect(await (await rendererFileResponse(rendererDir(), '/')).text()).toContain('<title>Call Desk</title>');
    const route = await rendererFileResponse(rendererDir(), '/customers/42');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for a missing asset instead of handing out index.html', async () => {
    const response = await rendererFileResponse(rendererDir(), '/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 403 for a path that climbs out of the renderer folder', async () => {
    const response = await rendererFileResponse(rendererDir(), '/%2e%2e/secret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rendererFileResponse(rendererDir(), '/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await rendererFileResponse(rendererDir(), '/index.html', 'POST')).status).toBe(405);
  });
});
