// The native menu (File, Edit, View, Help) in the user's language, with the usual shortcuts.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { RESOURCES, type Language } from '../../shared/i18n';

const MENU_TEXT = {
  en: {
    file: 'File', new: 'New network…', open: 'Open…', recent: 'Open recent', saveAs: 'Save as…', import: 'Import…',
    sample: 'Open the sample network', none: 'No recent file', edit: 'Edit', undo: 'Undo', redo: 'Redo', view: 'View', language: 'Language', theme: 'Theme',
    help: 'Help', about: 'About Maillage',
  },
  fr: {
    file: 'Fichier', new: 'Nouveau réseau…', open: 'Ouvrir…', recent: 'Ouvrir un fichier récent', saveAs: 'Enregistrer sous…', import: 'Importer…',
    sample: 'Ouvrir le réseau d’exemple', none: 'Aucun fichier récent', edit: 'Édition', undo: 'Annuler', redo: 'Rétablir', view: 'Affichage', language: 'Langue', theme: 'Thème',
    help: 'Aide', about: 'À propos de Maillage',
  },
} as const;

export interface MenuActions {
  newNetwork(): void;
  open(): void;
  openFile(file: string): void;
  openSample(): void;
  saveAs(): void;
  import(): void;
  setLanguage(language: Language | 'system'): void;
  setTheme(theme: 'light' | 'dark' | 'system'): void;
  /** Undo/redo: the page decides between the text field's own undo and the network's. */
  command(command: 'undo' | 'redo'): void;
}

export function buildMenu(language: Language, prefs: { language: string; theme: string }, recent: string[], actions: MenuActions): Menu {
  const text = MENU_TEXT[language];
  const prefsText = RESOURCES[language].translation.prefs;
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.file,
      submenu: [
        { label: text.new, accelerator: 'CmdOrCtrl+N', click: () => actions.newNetwork() },
        { label: text.open, accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
        {
          label: text.recent,
          submenu: recent.length
            ? recent.map((file) => ({ label: basename(file), sublabel: file, click: () => actions.openFile(file) }))
            : [{ label: text.none, enabled: false }],
        },
        { label: text.sample, click: () => actions.openSample() },
        { type: 'separator' },
        { label: text.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
        { label: text.import, accelerator: 'CmdOrCtrl+I', click: () => actions.import() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: text.edit,
      submenu: [
        { label: text.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
        { label: text.redo, accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => actions.command('redo') },
        { type: 'separator' },         { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: text.view,
      submenu: [
        {
          label: text.language,
          submenu: (['system', 'fr', 'en'] as const).map((l) => ({
            label: prefsText[l],
            type: 'radio' as const,
            checked: prefs.language === l,
            click: () => actions.setLanguage(l),
          })),
        },
        {
          label: text.theme,
          submenu: (['system', 'light', 'dark'] as const).map((th) => ({
            label: prefsText[th],
            type: 'radio' as const,
            checked: prefs.theme === th,
            click: () => actions.setTheme(th),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: text.help,
      submenu: [
        { role: 'about' as const, label: text.about },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
