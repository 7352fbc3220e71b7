// `npm run dist` without running it: electron-builder.yml and package.json checked by electron-builder's own code and
// schema (app-builder-lib ships both), plus the settings each target needs that the schema cannot know about.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { MAIN_EXTERNALS } from './bundle-externals.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
interface BuilderConfig {
  appId?: string;
  files?: string[];
  electronFuses?: Record<string, unknown>;
  mac?: { target?: string[]; identity?: string | null };
  publish?: { provider: string }[];
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
// Internal to electron-builder (no type), but it is the check `electron-builder` runs on package.json before packaging.
const { checkMetadata } = require('app-builder-lib/out/util/packageMetadata') as {
  checkMetadata(metadata: unknown, devMetadata: unknown, appPackageFile: string, devPackageFile: string): void;
};
const { getRepositoryInfo } = require('app-builder-lib/out/util/repositoryInfo') as {
  getRepositoryInfo(projectDir: string, metadata: unknown): Promise<{ type: string; user: string; project: string } | null>;
};

const packageJsonPath = path.join(root, 'package.json');
const packageJson = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) as {
  homepage?: string;
  author?: { name?: string; email?: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const noDebug = { isEnabled: false, add: () => undefined };
const config = await getConfig(root, null, null);
// getConfig has already normalised `files` into electron-builder's { filter } form.
const filePatterns = (config.files as unknown as { filter: string[] }[]).flatMap((entry) => entry.filter);

describe("electron-builder's own checks", () => {
  it('electron-builder.yml matches the schema of the installed electron-builder', async () => {
    await expect(validateConfiguration(config, noDebug)).resolves.toBeUndefined();
  });

  it('the schema check is real: a misspelt option is refused with its path', async () => {
    await expect(validateConfiguration({ ...config, mac: { ...config.mac, identiti: 'x' } }, noDebug)).rejects.toThrow(/configuration\.mac/);
  });

  it('package.json passes the metadata check electron-builder runs before packaging', () => {
    expect(() => checkMetadata(packageJson, packageJson, packageJsonPath, packageJsonPath)).not.toThrow();
  });
});

describe('what each target needs beyond the schema', () => {
  it('Linux deb: a homepage and an author with an e-mail (fpm refuses to build without them)', () => {
    expect(packageJson.homepage).toMatch(/^https:\/\//);
    expect(packageJson.author?.name).toBeTruthy();
    expect(packageJson.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  it('macOS: the fused binary is signed ad hoc again, and signing is never switched off for a merchant certificate', () => {
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
    expect(config.mac?.identity).not.toBeNull();
  });

  it('every target: the icon is a PNG of at least 512×512 (electron-builder refuses a smaller one for macOS)', () => {
    const icon = fs.readFileSync(path.join(root, (config as { icon?: string }).icon ?? 'resources/icon.png'));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Math.min(icon.readUInt32BE(16), icon.readUInt32BE(20))).toBeGreaterThanOrEqual(512);
  });

  it('updates: GitHub releases of the repository package.json names; the zip macOS updates from; dist never publishes', async () => {
    expect(config.publish?.[0]?.provider).toBe('github');
    const repository = await getRepositoryInfo(root, packageJson);
    expect(repository).toMatchObject({ type: 'github' });
    expect(repository?.user).toBeTruthy();
    expect(config.mac?.target).toContain('zip');
    expect(packageJson.scripts.dist).toMatch(/electron-builder --publish never$/);
  });
});

describe('what goes into the package', () => {
  /** electron-builder's `files` semantics: patterns in order, a `!` pattern excludes what earlier ones included. */
  const packaged = (file: string) =>
    filePatterns.reduce((included, pattern) => (pattern.startsWith('!') ? included && !minimatch(file, pattern.slice(1)) : included || minimatch(file, pattern)), false);

  it('the built app, without source maps or the security scan working copy', () => {
    for (const file of ['out/main/main.cjs', 'out/preload/preload.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json']) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of ['out/main/main.cjs.map', 'out/security-scan/main/main.cjs', 'out/security-scan/renderer/index.html', 'electron/main.ts', 'reports/unit.json']) {
      expect(packaged(file), file).toBe(false);
    }
  });

  it('packages only the modules the main bundle leaves external: React, recharts and zod are bundled, never packaged twice', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(MAIN_EXTERNALS.filter((name) => name !== 'electron').sort());
    for (const bundled of ['react', 'react-dom', 'recharts', 'zod', 'axios', 'conf']) {
      expect(packageJson.dependencies[bundled], bundled).toBeUndefined();
      expect(packageJson.devDependencies[bundled], bundled).toBeDefined();
    }
  });
});
