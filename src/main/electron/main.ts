// The Electron app: one instance, one window, the network file it shows, the native menu, and
// the same services as every other host behind the typed IPC wrapper.
import { app, dialog, Menu, session, type BrowserWindow, type WebContents } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel } from '../../shared/channels';
import type { EventPayload } from '../../shared/contract';
import { resolveLanguage } from '../../shared/i18n';
import { Network, restoreBackup } from '../core/network';
import { defaultSampleFile, NETWORK_EXTENSION } from '../core/paths';
import { PreferenceStore } from '../core/preferences';
import { DEFAULT_SAMPLE_SEED, NetworkDamagedError } from '../core/host-files';
import { createServices } from '../core/services';
import { ImportStaging, removeAbandonedStaging } from '../core/import/staging';
import { AppStateStore } from './app-state';
import { registerIpc, sendEvent } from './ipc';
import { buildMenu } from './menu';
import { isAppUrl, registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';
import { notifyDueReminders } from './reminder-notification';
import { printHtmlToPdf } from './print-pdf';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadDir = join(here, '..', 'preload');

registerAppScheme();
// Every renderer sandboxed, whatever its webPreferences say (Electron security item 4).
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its file (if any) to the running instance and quits.
  app.quit();
} else {
  start();
}

function start(): void {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const state = new AppStateStore(join(userData, 'app-state.json'));
  const preferences = new PreferenceStore(join(userData, 'preferences.json'));
  let window: BrowserWindow | null = null;
  let network: Network | null = null;

  const emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => {
    if (window) sendEvent(window.webContents, channel, payload);
  };
  removeAbandonedStaging(); // folders a killed instance left in the temp folder
  const staging = new ImportStaging();
  app.on('will-quit', () => staging.clear());
  const api = createServices({
    staging,
    rescoreAfterImport: true,
    networks: {
      current: () => {
        if (!network) throw new Error('no network is open');
        return network;
      },
    },
    preferences,
    emit,
    printPdf: printHtmlToPdf,
  });

  const refreshMenu = () => {
    const prefs = preferences.read();
    Menu.setApplicationMenu(buildMenu(resolveLanguage(prefs.language, app.getLocale()), prefs, state.read().recent, actions));
  };

  const show = (next: Network) => {
    // Save as continues on the same Network object: closing it here would close the copy.
    if (network !== next) network?.close();
    network = next;
    if (!next.isSample()) state.addRecent(next.file);
    window?.setTitle(`${next.info().name} — Maillage`);
    emit('network:changed', next.info());
    refreshMenu();
    const showInbox = () => {
      window?.show();
      emit('app:navigate', { page: 'watch' });
    };
    // A notification that cannot be shown must not stop the network from opening.
    notifyDueReminders(api, resolveLanguage(preferences.read().language, app.getLocale()), showInbox).catch(() => undefined);
  };

  /**
   * Shows the network `open` returns, or says why not. A file open in another Maillage is
   * refused (NetworkLockedError); a damaged one is refused too, and when it has a backup the
   * user may restore it: the damaged file is kept aside, nothing is repaired silently.
   */
  const tryShow = (open: () => Network, file?: string): boolean => {
    try {
      show(open());
      return true;
    } catch (error) {
      if (file && error instanceof NetworkDamagedError && error.backup) {
        const choice = dialog.showMessageBoxSync({
          type: 'error',
          title: 'Maillage',
          message: error.message,
          buttons: ['Restore the backup', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
        });
        if (choice === 0) {
          try {
            restoreBackup(file, error.backup.path);
            show(Network.open(file));
            return true;
          } catch (restoreError) {
            dialog.showErrorBox('Maillage', (restoreError as Error).message);
            return false;
          }
        }
        return false;
      }
      dialog.showErrorBox('Maillage', (error as Error).message);
      return false;
    }
  };
  const openFile = (file: string) => tryShow(() => Network.open(file), file);
  const openSample = () => {
    const file = defaultSampleFile(userData);
    return tryShow(() => Network.create(file, { sample: { seed: DEFAULT_SAMPLE_SEED } }), file);
  };

  const filters = [{ name: 'Maillage', extensions: [NETWORK_EXTENSION.slice(1)] }];
  const actions = {
    newNetwork: async () => {
      const result = await dialog.showSaveDialog({ filters, defaultPath: `network${NETWORK_EXTENSION}` });
      const file = result.filePath;
      if (!result.canceled && file) tryShow(() => Network.create(file, { sample: false }), file);
    },
    open: async () => {
      const result = await dialog.showOpenDialog({ filters, properties: ['openFile'] });
      if (!result.canceled && result.filePaths[0]) openFile(result.filePaths[0]);
    },
    openFile,
    openSample: () => void openSample(),
    saveAs: async () => {
      if (!network) return;
      const result = await dialog.showSaveDialog({ filters, defaultPath: network.info().name });
      if (result.canceled || !result.filePath) return;
      try {
        network.saveAs(result.filePath);
        show(network);
      } catch (error) {
        dialog.showErrorBox('Maillage', (error as Error).message);
      }
    },
    import: () => emit('app:navigate', { page: 'import' }),
    command: (command: 'undo' | 'redo') => emit('app:command', { command }),
    setLanguage: (language: 'fr' | 'en' | 'system') => {
      emit('preferences:changed', preferences.write({ language }));
      refreshMenu();
    },
    setTheme: (theme: 'light' | 'dark' | 'system') => {
      emit('preferences:changed', preferences.write({ theme }));
      refreshMenu();
    },
  };

  const fileFromArgv = (argv: string[]) => argv.slice(1).find((a) => a.endsWith(NETWORK_EXTENSION) && existsSync(a));

  app.on('second-instance', (_event, argv) => {
    const file = fileFromArgv(argv);
    if (file) openFile(file);
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) openFile(file);
  });

  // Nothing may open new windows, attach webviews, navigate away or gain permissions, anywhere
  // (window.ts adds the main window's own handlers on top).
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.on('will-navigate', (e, url) => {
      if (!isAppUrl(url)) e.preventDefault();
    });
  });

  void app.whenReady().then(() => {
    // Maillage needs no permission at all: camera, microphone, notifications, geolocation,
    // clipboard reads, HID/USB/serial devices… are all refused, asked or checked.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.setDevicePermissionHandler(() => false);
    serveRenderer(rendererDir);
    registerIpc(api, staging, (contents: WebContents) => window !== null && contents === window.webContents);

    // First start with no file: the sample network. Otherwise the file given, or the last one.
    const requested = fileFromArgv(process.argv);
    const last = state.read().recent.find((f) => existsSync(f));
    const first = requested ?? last;
    if (first) openFile(first);
    // The sample too may be open in another Maillage (`maillage serve` shares the data folder).
    if (!network && !openSample()) {
      app.quit();
      return;
    }

    window = createMainWindow(state, preloadDir);
    window.on('closed', () => {
      window = null;
    });
    refreshMenu();
  });

  app.on('window-all-closed', () => {
    network?.close();
    app.quit();
  });
}
