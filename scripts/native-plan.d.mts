// Types of scripts/native-plan.mjs (plain JavaScript, so `node scripts/native.mjs` runs without a TypeScript loader).
export interface CommandSpec {
  command: string;
  args: string[];
  shell: boolean;
}

export interface MarkerFacts {
  version: string;
  platform: string;
  arch: string;
  binarySha256: string;
}

export function nodeCommand(execPath: string, args: readonly string[]): CommandSpec;
export function electronRebuildCommand(options: { execPath: string; rebuildCli: string; version: string; root: string }): CommandSpec;
export function nodeRebuildCommand(options: { platform: string; execPath: string; npmCliPath: string | undefined }): CommandSpec;
export function bundledNpmCli(platform: string, execPath: string): string;
export function electronMarker(facts: MarkerFacts): string;
export function markerMatches(markerText: string | undefined, expected: MarkerFacts): boolean;
export function markerClaimsElectron(markerText: string | undefined): boolean;
export function satisfiesMinimum(nodeVersion: string, range: string | undefined): boolean;
