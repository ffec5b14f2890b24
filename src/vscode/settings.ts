// Typed settings, read in one place. Features ask `settings.current` and subscribe to the sections they
// depend on, so a change re-reads only what it affects.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './ids';

export type DecorationMode = 'all' | 'currentLine' | 'off';

export interface Settings {
  files: { globs: string[]; offerReadAsArticle: boolean };
  decorations: { mode: DecorationMode; speakerNote: boolean; debounceMs: number };
  hover: { enabled: boolean; maxStatements: number };
  codeLens: { enabled: boolean };
  statusBar: { enabled: boolean };
  index: { enabled: boolean; maxFiles: number; exclude: string };
}

export type SettingsSection = keyof Settings;

export const DEFAULT_GLOBS = ['**/seeds/*.txt', '**/articles/**/*.txt', '**/news/**/*.txt', '**/*.article.txt'];

function read(): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const mode = c.get<string>('decorations.mode', 'all');
  return {
    files: {
      globs: c.get<string[]>('files.globs', DEFAULT_GLOBS).filter((g) => typeof g === 'string' && g.length > 0),
      offerReadAsArticle: c.get<boolean>('files.offerReadAsArticle', true),
    },
    decorations: {
      mode: mode === 'currentLine' || mode === 'off' ? mode : 'all',
      speakerNote: c.get<boolean>('decorations.speakerNote', true),
      debounceMs: Math.max(0, c.get<number>('decorations.debounceMs', 300)),
    },
    hover: {
      enabled: c.get<boolean>('hover.enabled', true),
      maxStatements: Math.max(0, c.get<number>('hover.maxStatements', 3)),
    },
    codeLens: { enabled: c.get<boolean>('codeLens.enabled', true) },
    statusBar: { enabled: c.get<boolean>('statusBar.enabled', true) },
    index: {
      enabled: c.get<boolean>('index.enabled', true),
      maxFiles: Math.max(0, c.get<number>('index.maxFiles', 20000)),
      exclude: c.get<string>('index.exclude', '**/{node_modules,.git,dist,out}/**'),
    },
  };
}

export class SettingsStore implements vscode.Disposable {
  private value = read();
  private readonly emitter = new vscode.EventEmitter<Set<SettingsSection>>();
  /** Fires with the sections that changed. */
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(CONFIG_SECTION)) return;
    this.value = read();
    const changed = new Set<SettingsSection>();
    for (const s of Object.keys(this.value) as SettingsSection[]) {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${s}`)) changed.add(s);
    }
    this.emitter.fire(changed);
  });

  get current(): Settings {
    return this.value;
  }

  /** Calls `fn` when any of `sections` changed. */
  on(sections: SettingsSection[], fn: () => void): vscode.Disposable {
    return this.onDidChange((changed) => {
      if (sections.some((s) => changed.has(s))) fn();
    });
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
