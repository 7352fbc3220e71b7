// Updates with electron-updater replaced by a fake that emits its events: when checks happen, what the merchant is told,
// the opt-outs, and "Restart to update" never restarting during a sync or over unsaved work.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '../../shared/contract/desktop-calls';
import { CHECK_INTERVAL_MS, createUpdateController, FIRST_CHECK_DELAY_MS, parseFeed, type UpdaterLike } from './updater';

function fakeUpdater() {
  const emitter = new EventEmitter();
  const updater = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    checkForUpdates: vi.fn(async () => undefined),
    quitAndInstall: vi.fn(),
    setFeedURL: vi.fn(),
  };
  return { updater: updater as unknown as typeof updater & UpdaterLike, emit: (event: string, ...args: unknown[]) => emitter.emit(event, ...args) };
}

function setup({ env = {}, stored, syncRunning = false }: { env?: Record<string, string>; stored?: unknown; syncRunning?: boolean } = {}) {
  const fake = fakeUpdater();
  const values = new Map<string, unknown>(stored === undefined ? [] : [['updates.enabled', stored]]);
  const changes: UpdateState[] = [];
  const sync = { running: syncRunning };
  const deferred: (() => void)[] = [];
  const controller = createUpdateController({
    updater: fake.updater,
    settings: { get: (key) => values.get(key), set: (key, value) => values.set(key, value) },
    env,
    isSyncRunning: () => sync.running,
    onChange: (state) => changes.push(state),
    log: { error: vi.fn() },
    now: () => new Date('2026-03-02T10:00:00Z'),
    defer: (run) => deferred.push(run),
  });
  return { ...fake, controller, values, changes, sync, deferred };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('checking', () => {
  it('checks a few seconds after start, then every 12 hours, downloading in the background', () => {
    const { updater, controller } = setup();
    controller.start();
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS - 1);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(3);
    expect(FIRST_CHECK_DELAY_MS).toBeLessThanOrEqual(10_000);
    expect(CHECK_INTERVAL_MS).toBe(12 * 3600 * 1000);
  });

  it('reports checking, downloading with its progress, then ready with the version', () => {
    const { emit, controller, changes } = setup();
    controller.start();
    emit('checking-for-update');
    expect(controller.state().status).toBe('checking');
    emit('update-available', { version: '1.4.0' });
    emit('download-progress', { percent: 41.6 });
    expect(controller.state()).toMatchObject({ status: 'downloading', version: '1.4.0', percent: 42, checkedAt: '2026-03-02T10:00:00.000Z' });
    emit('update-downloaded', { version: '1.4.0' });
    expect(controller.state()).toMatchObject({ status: 'ready', version: '1.4.0', percent: null });
    expect(changes.map((state) => state.status)).toEqual(['checking', 'downloading', 'downloading', 'ready']);
  });

  it('says "up to date" after a check that found nothing, and which kind of failure a failed check was', () => {
    const { emit, controller } = setup();
    controller.start();
    emit('update-not-available', { version: '1.3.0' });
    expect(controller.state()).toMatchObject({ status: 'idle', checkedAt: '2026-03-02T10:00:00.000Z', error: null });
    emit('error', new Error('getaddrinfo ENOTFOUND github.com'));
    expect(controller.state()).toMatchObject({ status: 'error', error: 'network' });
    emit('error', new Error('Cannot find latest.yml in the latest release artifacts (HttpError: 404)'));
    expect(controller.state()).toMatchObject({ status: 'error', error: 'feed' });
  });

  it('does not check again while an update is downloaded and waiting', () => {
    const { updater, emit, controller } = setup();
    controller.start();
    emit('update-downloaded', { version: '1.4.0' });
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('uses the feed named in REFURB_UPDATE_FEED, and ignores one it cannot read', () => {
    const configured = setup({ env: { REFURB_UPDATE_FEED: 'github:acme-refurb/refurb-desk' } });
    configured.controller.start();
    expect(configured.updater.setFeedURL).toHaveBeenCalledWith({ provider: 'github', owner: 'acme-refurb', repo: 'refurb-desk' });
    const broken = setup({ env: { REFURB_UPDATE_FEED: 'http://insecure.example/updates' } });
    broken.controller.start();
    expect(broken.updater.setFeedURL).not.toHaveBeenCalled();
    expect(parseFeed('https://updates.example.com/refurb/')).toEqual({ provider: 'generic', url: 'https://updates.example.com/refurb/' });
    expect(parseFeed('github:only-owner')).toBeUndefined();
  });
});

describe('opting out', () => {
  it('never checks when the merchant turned updates off in Settings', () => {
    const { updater, controller } = setup({ stored: false });
    controller.start();
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS + 3 * CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(controller.state()).toMatchObject({ status: 'off', offBy: 'settings', enabled: false });
  });

  it('never checks when REFURB_NO_UPDATES is set, whatever Settings says', () => {
    const { updater, controller } = setup({ env: { REFURB_NO_UPDATES: '1' }, stored: true });
    controller.start();
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(controller.state()).toMatchObject({ status: 'off', offBy: 'environment' });
    expect(setup({ env: { REFURB_NO_UPDATES: '0' } }).controller.state().status).toBe('idle');
  });

  it('turning updates off stops the checks and is remembered; turning them on schedules them again', () => {
    const { updater, controller, values, changes } = setup();
    controller.start();
    expect(controller.setEnabled(false)).toMatchObject({ status: 'off', offBy: 'settings' });
    expect(values.get('updates.enabled')).toBe(false);
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    controller.setEnabled(true);
    vi.advanceTimersByTime(FIRST_CHECK_DELAY_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(changes.at(-1)?.enabled).toBe(true);
  });

  it('is unavailable, with nothing scheduled, when the app is not an installed build', async () => {
    const controller = createUpdateController({
      updater: undefined,
      settings: { get: () => undefined, set: () => undefined },
      env: {},
      isSyncRunning: () => false,
      onChange: () => undefined,
      log: { error: () => undefined },
    });
    controller.start();
    expect(controller.state().status).toBe('unavailable');
    expect(await controller.restart({ unsavedWork: false })).toEqual({ restarting: false, blockedBy: 'not-ready' });
  });
});

describe('Restart to update', () => {
  it('restarts into the downloaded update once the call has been answered', async () => {
    const { updater, emit, controller, deferred } = setup();
    controller.start();
    emit('update-downloaded', { version: '1.4.0' });
    expect(await controller.restart({ unsavedWork: false })).toEqual({ restarting: true, blockedBy: null });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    deferred.forEach((run) => run());
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('never restarts during a sync, even one that starts between the click and the restart', async () => {
    const { updater, emit, controller, sync, deferred } = setup({ syncRunning: true });
    controller.start();
    emit('update-downloaded', { version: '1.4.0' });
    expect(await controller.restart({ unsavedWork: false })).toEqual({ restarting: false, blockedBy: 'sync' });
    sync.running = false;
    expect((await controller.restart({ unsavedWork: false })).restarting).toBe(true);
    sync.running = true;
    deferred.forEach((run) => run());
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(controller.state().status).toBe('ready');
  });

  it('never restarts over unsaved work, and not before an update is ready', async () => {
    const { updater, emit, controller, deferred } = setup();
    controller.start();
    expect(await controller.restart({ unsavedWork: false })).toEqual({ restarting: false, blockedBy: 'not-ready' });
    emit('update-downloaded', { version: '1.4.0' });
    expect(await controller.restart({ unsavedWork: true })).toEqual({ restarting: false, blockedBy: 'unsaved-work' });
    expect(deferred).toHaveLength(0);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('keeps a downloaded update ready if updates are turned off afterwards: it installs at the next quit', () => {
    const { emit, controller } = setup();
    controller.start();
    emit('update-downloaded', { version: '1.4.0' });
    expect(controller.setEnabled(false).status).toBe('ready');
  });
});
