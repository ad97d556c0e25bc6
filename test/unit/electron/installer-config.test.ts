// The installer's configuration, read as electron-builder reads it: every Electron fuse flipped
// the safe way, nothing shipped that is only for developers, and releases never unsigned.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../host/paths';

interface BuilderConfig {
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  forceCodeSigning?: boolean;
  mac?: { hardenedRuntime?: boolean; notarize?: boolean; entitlements?: string; extendInfo?: Record<string, string> };
}

const config = parse(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the installer configuration', () => {
  it('flips every Electron fuse the safe way', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the built app without source maps or the benchmark’s pages', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', '!out/**/*.map', '!out/bench-site/**', 'package.json']));
    expect(config.files?.some((pattern) => /^(src|test|renderer|electron|shared|node_modules)\b/.test(pattern))).toBe(false);
  });

  it('signs whenever credentials are given, never skips notarisation on purpose, and forces signing for a release', () => {
    expect(config.forceCodeSigning).not.toBe(false);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.notarize).not.toBe(false);
    expect(packageJson.scripts['dist:release']).toContain('-c.forceCodeSigning=true');
  });

  it('lets macOS ask for the microphone and the system’s sound that "Record this call" uses', () => {
    expect(config.mac?.extendInfo?.NSMicrophoneUsageDescription).toMatch(/Record this call/);
    expect(config.mac?.extendInfo?.NSAudioCaptureUsageDescription).toMatch(/other side/);
    const entitlements = readFileSync(path.join(repoRoot, config.mac!.entitlements!), 'utf8');
    expect(entitlements).toMatch(/<key>com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
  });
});
