import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { SyncProgress, SyncReport, SyncState } from '../../shared/sync';
import { createFakeApi, failWith, type FakeHandlers } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { SyncButton } from './SyncButton';
import { isSyncShortcut, syncShortcut } from './sync-shortcut';
import type { NotificationApi } from './desktop-notifications';
import { LONG_SYNC_MS, notifySyncEnded } from './sync-notification';
import { NOTHING_DIFFERS } from '../../shared/offer-status';

const report = (overrides: Partial<SyncReport> = {}): SyncReport => ({
  runId: 1,
  outcome: 'finished',
  startedAt: '2026-11-27T20:00:00.000Z',
  finishedAt: '2026-11-27T20:00:30.000Z',
  notSent: 0,
  waiting: 0,
  published: 150,
  rejected: 2,
  blocked: 3,
  deferred: 0,
  requests: 12,
  ordersImported: 0,
  message: '',
  ...overrides,
});

const progress = (overrides: Partial<SyncProgress> = {}): SyncProgress => ({
  runId: 2,
  step: 'sending-tasks',
  done: 40,
  total: 160,
  message: 'Sending offers for France',
  startedAt: '2026-11-27T21:00:00.000Z',
  ...overrides,
});

const idle = (overrides: Partial<SyncState> = {}): SyncState => {
  const pendingChanges = overrides.pendingChanges ?? 12;
  return { running: null, lastRun: report(), pendingChanges, openTasks: 0, truth: { ...NOTHING_DIFFERS, pendingChanges }, ...overrides };
};

function setup(state: SyncState = idle(), extra: FakeHandlers = {}) {
  let current = state;
  const fake = createFakeApi({
    'sync:state': () => current,
    'sync:start': () => {
      current = { ...current, running: progress({ step: 'planning', done: 0, total: 0, message: '' }) };
      return current;
    },
    'sync:cancel': () => {
      current = { ...current, running: null, lastRun: report({ outcome: 'cancelled' }) };
      return current;
    },
    ...extra,
  });
  const view = renderWithApi(<SyncButton />, fake.api);
  return { ...fake, ...view, setState: (next: SyncState) => (current = next) };
}

const pressAccelerator = () => fireEvent.keyDown(window, { key: 'S', code: 'KeyS', ctrlKey: true, metaKey: true, shiftKey: true });

describe('the Sync button', () => {
  it('shows a badge of pending changes, the last sync, and its accelerator in the tooltip and aria-keyshortcuts', async () => {
    setup();
    const button = await screen.findByRole('button', { name: 'Sync' });
    await waitFor(() => expect(screen.getByTestId('sync-badge').textContent).toBe('12'));
    expect(screen.getByTestId('sync-last').textContent).toMatch(/^Synced /);
    const shortcut = syncShortcut();
    expect(button.getAttribute('aria-keyshortcuts')).toBe(shortcut.aria);
    expect(button.getAttribute('title')).toContain(shortcut.label);
    // The badge is for the eye; the description says it in words.
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toContain('12 changes not yet synced');
  });

  it('says when nothing was ever synced and shows no badge when nothing is pending', async () => {
    setup(idle({ lastRun: null, pendingChanges: 0 }));
    await waitFor(() => expect(screen.getByTestId('sync-last').textContent).toBe('Never synced'));
    expect(screen.queryByTestId('sync-badge')).toBeNull();
  });

  it('starts a sync with the keyboard accelerator, from anywhere in the window', async () => {
    const { callsOf } = setup();
    await screen.findByTestId('sync-badge');
    act(() => pressAccelerator());
    await waitFor(() => expect(callsOf('sync:start')).toHaveLength(1));
    await screen.findByTestId('sync-progress');
    // A second press while it runs starts nothing more.
    act(() => pressAccelerator());
    expect(callsOf('sync:start')).toHaveLength(1);
  });

  it('shows the current step and its counts while a sync runs, follows progress events, and cancels', async () => {
    const user = userEvent.setup();
    const { callsOf, emit } = setup(idle({ running: progress() }));
    const bar = await screen.findByRole('progressbar', { name: 'Sync progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByTestId('sync-progress').textContent).toContain('Sending offers for France');
    expect(screen.getByTestId('sync-progress').textContent).toContain('40 of 160');
    expect(screen.queryByRole('button', { name: 'Sync' })).toBeNull();

    act(() => emit('sync:progress', progress({ step: 'waiting-for-back-market', done: 1, total: 2, message: 'Waiting for Back Market (task 1 of 2)' })));
    await waitFor(() => expect(screen.getByTestId('sync-progress').textContent).toContain('Waiting for Back Market (task 1 of 2)'));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(callsOf('sync:cancel')).toHaveLength(1));
    await screen.findByRole('button', { name: 'Sync' });
    expect(screen.getByTestId('sync-last').textContent).toMatch(/^Sync cancelled /);
  });

  it('names the step when main gives no sentence, with an indeterminate bar while the total is unknown', async () => {
    setup(idle({ running: progress({ step: 'reconciling', done: 0, total: 0, message: '' }) }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(screen.getByTestId('sync-progress').textContent).toContain('Reading back your listings');
  });

  it('says plainly that a sync asked for offline is queued, and one waiting for a token waits', async () => {
    const { emit } = setup(idle({ running: progress({ step: 'queued-offline', done: 0, total: 0, message: '' }) }));
    const waiting = await screen.findByTestId('sync-waiting');
    expect(waiting.textContent).toContain('You are offline: the sync will start as soon as Back Market can be reached again');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    act(() => emit('sync:progress', progress({ step: 'waiting-for-token', done: 0, total: 0, message: '' })));
    await waitFor(() => expect(screen.getByTestId('sync-waiting').textContent).toContain('waits for a new Back Market token'));
  });

  it('words how long a queued sync waits in German, and frames Back Market\'s refusal in German around its own words', async () => {
    await i18next.changeLanguage('de');
    try {
      const { emit, setState } = setup(
        idle({ running: progress({ step: 'queued-offline', done: 0, total: 0, message: 'Back Market cannot be reached…', said: { code: 'syncOutcome.offline', params: { seconds: 8 } } }) }),
      );
      const waiting = await screen.findByTestId('sync-waiting');
      expect(waiting.getAttribute('title')).toBe(
        'Back Market ist nicht erreichbar (keine Verbindung?): Die Synchronisierung wartet und versucht es in etwa 8 s erneut oder sobald die Verbindung zurück ist. Ihre Änderungen bleiben erhalten.',
      );
      const failed = report({
        runId: 2,
        outcome: 'failed',
        message: 'Back Market refused the data. Back Market said: "quantity must be positive". Correct it and send again.',
        said: { code: 'backMarket.refusedData', params: { text: 'quantity must be positive' } },
      });
      setState(idle({ lastRun: failed }));
      act(() => emit('sync:finished', failed));
      await waitFor(() =>
        expect(screen.getByTestId('sync-last').getAttribute('title')).toBe(
          'Back Market hat die Daten abgelehnt. Back Market meldet: „quantity must be positive“. Korrigieren Sie sie und senden Sie erneut.',
        ),
      );
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it("never shows main's English one-line outcome: the header words the report in French", async () => {
    await i18next.changeLanguage('fr');
    try {
      const { emit, setState } = setup(idle({ running: progress() }));
      await screen.findByTestId('sync-progress');
      // A step that follows still shows (the view is live), the outcome's English line never does.
      act(() => emit('sync:progress', progress({ step: 'reconciling', message: 'Reading France' })));
      await screen.findByText('Reading France');
      act(() => emit('sync:progress', progress({ step: 'finished', done: 0, total: 0, message: 'Sync finished. On sale: 3 in fr-fr. All changes synced.' })));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.body.textContent).not.toContain('Sync finished');
      const finished = report({ runId: 2, outcome: 'finished', finishedAt: new Date().toISOString() });
      setState(idle({ lastRun: finished, pendingChanges: 0 }));
      act(() => emit('sync:finished', finished));
      await waitFor(() => expect(screen.getByTestId('sync-last').textContent).toMatch(/^Synchronisé /));
      expect(document.body.textContent).not.toContain('Sync finished');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('returns to the button with the outcome when the sync finishes', async () => {
    const { emit, setState } = setup(idle({ running: progress() }));
    await screen.findByTestId('sync-progress');
    const finished = report({ runId: 2, outcome: 'failed', message: 'Back Market did not answer. Check your connection and sync again.' });
    setState(idle({ lastRun: finished, pendingChanges: 4 }));
    act(() => emit('sync:finished', finished));
    await screen.findByRole('button', { name: 'Sync' });
    await waitFor(() => expect(screen.getByTestId('sync-last').textContent).toMatch(/^Sync failed /));
    expect(screen.getByTestId('sync-last').getAttribute('title')).toBe(finished.message);
    await waitFor(() => expect(screen.getByTestId('sync-badge').textContent).toBe('4'));
  });

  it('words the running sync and a failure in French, from the codes main sent', async () => {
    await i18next.changeLanguage('fr');
    try {
      const { emit, setState } = setup(idle({ running: progress({ step: 'sending-tasks', done: 0, total: 3, message: 'Sending catalog task 1 of 3 for Germany (offers in it: 12).', said: { code: 'progress.sendingTask', params: { number: 1, total: 3, country: 'de-de', offers: 12 } } }) }));
      const view = await screen.findByTestId('sync-progress');
      expect(view.textContent).toContain('Envoi de la tâche catalogue 1 sur 3 pour le marché Allemagne (offres incluses : 12).');
      const failed = report({ runId: 2, outcome: 'failed', message: 'The sync stopped because of a problem in Refurb Desk.', said: { code: 'fault.syncInternal' } });
      setState(idle({ lastRun: failed }));
      act(() => emit('sync:finished', failed));
      await waitFor(() => expect(screen.getByTestId('sync-last').getAttribute('title')).toBe('La synchronisation s’est arrêtée à cause d’un problème dans Refurb Desk. Votre catalogue et vos modifications en attente sont en sécurité ; réessayez, et redémarrez Refurb Desk si cela se reproduit.'));
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('says when a finished sync left changes unsent or waiting for Back Market', async () => {
    setup(idle({ lastRun: report({ notSent: 58, waiting: 1 }) }));
    const partial = await screen.findByTestId('sync-partial');
    expect(partial.textContent).toBe(
      "58 changes not sent: Back Market did not answer; they go with the next sync. 1 change waits for Back Market: the answer to a catalog task was lost, so Back Market's listings are read again at the next sync before it is sent again.",
    );
    expect(screen.getByTestId('sync-last').textContent).toMatch(/^Synced /);
  });

  it('shows why a sync could not start, in the merchant’s words', async () => {
    const user = userEvent.setup();
    setup(idle(), { 'sync:start': () => failWith({ code: 'unavailable', message: 'Sync is not available in this build yet.' }) });
    await user.click(await screen.findByRole('button', { name: 'Sync' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sync is not available in this build yet.');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('notifies the desktop when a long sync ends', async () => {
    const shown: { title: string; options?: NotificationOptions }[] = [];
    class FakeNotification {
      static permission: NotificationPermission = 'granted';
      static requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
      onclick: ((this: unknown, event: Event) => unknown) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, ...(options ? { options } : {}) });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    try {
      const { emit } = setup(idle({ running: progress() }));
      await screen.findByTestId('sync-progress');
      act(() => emit('sync:finished', report({ startedAt: '2026-11-27T20:00:00.000Z', finishedAt: '2026-11-27T20:00:05.000Z' })));
      expect(shown).toHaveLength(0);
      act(() => emit('sync:finished', report()));
      expect(shown).toEqual([
        {
          title: 'Sync with Back Market finished',
          options: expect.objectContaining({ body: expect.stringContaining('Published: 150. Refused by Back Market: 2. Held back by the pre-flight check: 3.') }),
        },
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the accelerator and the notification, alone', () => {
  it('is Ctrl+Shift+S, or Cmd+Shift+S on a Mac, whatever letter the layout puts on the key', () => {
    const event = { key: 'S', code: 'KeyS', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(isSyncShortcut(event, false)).toBe(true);
    expect(isSyncShortcut(event, true)).toBe(false);
    expect(isSyncShortcut({ ...event, ctrlKey: false, metaKey: true }, true)).toBe(true);
    expect(isSyncShortcut({ ...event, shiftKey: false }, false)).toBe(false);
    expect(isSyncShortcut({ ...event, code: 'KeyO', key: 's' }, false)).toBe(true);
    expect(syncShortcut(false)).toEqual({ label: 'Ctrl+Shift+S', aria: 'Control+Shift+S' });
    expect(syncShortcut(true).aria).toBe('Meta+Shift+S');
  });

  it('notifies only where notifications are there and already granted, never asking at the end', () => {
    const text = { title: 'Sync finished', body: 'Done' };
    const long = report({ finishedAt: new Date(Date.parse('2026-11-27T20:00:00.000Z') + LONG_SYNC_MS + 1).toISOString() });
    const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
    const api = (permission: NotificationPermission) =>
      class {
        static permission = permission;
        static requestPermission = requestPermission;
        onclick = null;
      } satisfies NotificationApi;
    expect(notifySyncEnded(long, text, null)).toBe(false);
    expect(notifySyncEnded(long, text, api('denied'))).toBe(false);
    expect(notifySyncEnded(long, text, api('default'))).toBe(false);
    expect(requestPermission).not.toHaveBeenCalled();
    expect(notifySyncEnded(long, text, api('granted'))).toBe(true);
  });
});
