// Decorations on the visible article editors: actors by kind, attributed statements, vague sources and hedges
// marked apart, a quiet note after a statement's last line naming the speaker and the chain, and overview-ruler
// marks. Colours are theme colours (package.json contributes dark/light/high-contrast defaults).
// Updates: at once when an editor becomes visible, `decorations.debounceMs` after typing, on selection change
// only in "currentLine" mode (from the cached analysis, no recomputation). Visible editors only.
// While typing: at each edit the exact analysis of the new version is asked for at once: the document's incremental
// analysis (src/core/incremental.ts, in the index's worker) re-makes only the lines and statement units the edit
// touched, so on an article up to IMMEDIATE_MAX_CHARS the decorations follow every edit (meanwhile the editor moves
// the applied ranges with the text); a longer one is analysed after the typing pauses (`decorations.debounceMs`).
// An update sets only the decoration types whose ranges or notes changed (decorationPlan.ts typesToSet: each type's
// last ranges, moved through the edits since, against the new plan); after most edits that is one type or none, not
// all nine with their hundreds of ranges. Once the typing pauses every type is set again (see schedule).
import * as vscode from 'vscode';
import type { ActorKind, ArticleAnalysis, Span } from '../core';
import type { AnalysisCache } from './analysisCache';
import {
  noteDecoration,
  planDecorations,
  typesToSet,
  type AppliedDecorations,
  type DecorationName,
  type DecorationPlan,
  type TextChange,
} from './decorationPlan';
import { lineSpan, toRange } from './convert';
import { Commands, LANGUAGE_ID } from './ids';
import type { DecorationMode, SettingsStore } from './settings';
import { traceStep } from './startupTrace';

const KINDS: ActorKind[] = ['person', 'organization', 'media', 'place'];
/**
 * Documents up to this length are analysed at every edit; longer ones after the typing pauses (an incremental
 * analysis still runs the article-level steps over the whole text: about 0.5 ms per KB, scripts/bench-edit.mjs).
 */
const IMMEDIATE_MAX_CHARS = 100_000;
/** Changes kept per editor between two updates; more, and the next update sets every type again. */
const MAX_CHANGES = 64;
export type { DecorationName };

/** What an editor shows, as set by the last update, and the document's changes since (null: not known). */
interface Shown {
  applied: Map<DecorationName, AppliedDecorations>;
  changes: TextChange[] | null;
}

function createTypes(): Map<DecorationName, vscode.TextEditorDecorationType> {
  const types = new Map<DecorationName, vscode.TextEditorDecorationType>();
  for (const k of KINDS) {
    types.set(
      k,
      vscode.window.createTextEditorDecorationType({
        color: new vscode.ThemeColor(`sourceLens.${k}Foreground`),
        fontWeight: k === 'person' ? '600' : undefined,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }
  types.set(
    'statement',
    vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('sourceLens.statementBackground'),
      borderColor: new vscode.ThemeColor('sourceLens.statementBorder'),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      overviewRulerColor: new vscode.ThemeColor('sourceLens.statementRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  );
  types.set(
    'vague',
    vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('sourceLens.vagueUnderline'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor('sourceLens.vagueRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  );
  types.set(
    'hedged',
    vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('sourceLens.hedgedUnderline'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 2px 0',
      fontStyle: 'italic',
      overviewRulerColor: new vscode.ThemeColor('sourceLens.vagueRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  );
  types.set(
    'furniture',
    vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor('sourceLens.furnitureForeground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  );
  types.set(
    'speakerNote',
    vscode.window.createTextEditorDecorationType({
      after: {
        color: new vscode.ThemeColor('sourceLens.speakerNoteForeground'),
        fontStyle: 'italic',
        margin: '0 0 0 1.5em',
      },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  );
  return types;
}

export class Decorations implements vscode.Disposable {
  private types = createTypes();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What was last applied per editor (document URI), for the tests' API: its document and spans. */
  private readonly applied = new Map<
    string,
    { document: vscode.TextDocument; decorations: Map<DecorationName, AppliedDecorations> }
  >();
  /**
   * Per visible editor, what it shows and the changes since: an update sets only the types whose decorations
   * changed (typesToSet). Forgotten whenever the visible editors change (a shown-again editor is a new one).
   */
  private readonly shown = new Map<vscode.TextEditor, Shown>();
  /** The document version (per URI) whose analysis the applied decorations were planned from. */
  private readonly planned = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after decorations were applied to a document's editors. */
  readonly onDidApply = this.emitter.event;
  /** Whether decorations were applied to an article yet (a cold window's first may come before activate()). */
  hasApplied = false;

  constructor(
    private readonly settings: SettingsStore,
    private readonly cache: AnalysisCache,
  ) {}

  register(): void {
    this.disposables.push(
      this.emitter,
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        this.shown.clear();
        for (const e of editors) void this.update(e);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.noteChanges(e);
        if (e.document.languageId !== LANGUAGE_ID || !e.contentChanges.length) return;
        // Up to IMMEDIATE_MAX_CHARS, at once (a newer edit supersedes it); the debounced update catches up otherwise.
        if (this.settings.current.decorations.mode !== 'off' && e.document.getText().length <= IMMEDIATE_MAX_CHARS)
          for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) void this.update(ed);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.planned.delete(d.uri.toString());
        for (const e of [...this.shown.keys()]) if (e.document === d) this.shown.delete(e);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A language switch (Read as Article) reopens the document under the new language id.
        for (const e of vscode.window.visibleTextEditors) if (e.document === d) void this.update(e);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.settings.current.decorations.mode === 'currentLine') void this.update(e.textEditor);
      }),
      this.settings.on(['decorations'], () => {
        for (const t of this.types.values()) t.dispose();
        this.types = createTypes();
        this.shown.clear();
        this.updateAll();
      }),
      vscode.commands.registerCommand(Commands.toggleDecorations, async () => {
        const next: DecorationMode = this.settings.current.decorations.mode === 'off' ? 'all' : 'off';
        await vscode.workspace
          .getConfiguration('sourceLens')
          .update('decorations.mode', next, vscode.ConfigurationTarget.Global);
        return next;
      }),
    );
    this.updateAll();
  }

  updateAll(): void {
    for (const e of vscode.window.visibleTextEditors) void this.update(e);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // This version's decorations were applied already (the edit's own analysis came first): once the typing
        // pauses, every type is set again all the same, from the cached analysis. An update's ranges may reach the
        // editor after a newer keystroke there (the editor does not move them through it); the per-edit updates
        // set only the types that changed, so this puts right any type such a race left behind.
        const full = this.planned.get(key) === document.version;
        for (const e of vscode.window.visibleTextEditors)
          if (e.document === document) {
            if (full) this.shown.delete(e);
            void this.update(e);
          }
      }, this.settings.current.decorations.debounceMs),
    );
  }

  async update(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    const { mode, speakerNote } = this.settings.current.decorations;
    if (document.languageId !== LANGUAGE_ID || mode === 'off') {
      this.clear(editor);
      return;
    }
    const version = document.version;
    let analysis: ArticleAnalysis;
    try {
      analysis = await this.cache.get(document);
      traceStep('first analysis done');
    } catch {
      return; // superseded by a newer version, whose update follows
    }
    if (document.isClosed || !vscode.window.visibleTextEditors.includes(editor)) return;
    // Typed on meanwhile: the newer version's analysis follows.
    if (document.version !== version) return;
    const plan = planDecorations(
      analysis,
      (o) => document.offsetAt(document.lineAt(document.positionAt(o).line).range.end),
      speakerNote,
    );
    this.planned.set(document.uri.toString(), version);
    this.apply(editor, plan);
    traceStep('first decorations set');
    this.hasApplied = true;
    this.emitter.fire(document);
  }

  /** Keeps a document's change for the editors showing it (see Shown). */
  private noteChanges(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    for (const [editor, shown] of this.shown) {
      if (editor.document !== e.document || !shown.changes) continue;
      const c = e.contentChanges[0];
      // Several changes at once (multi-cursor edits, a formatter): their order is not the editor's to rely on.
      if (!c || e.contentChanges.length > 1 || shown.changes.length >= MAX_CHANGES) shown.changes = null;
      else shown.changes.push({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, textLength: c.text.length });
    }
  }

  /**
   * Applies a plan to an editor ("currentLine" mode: only what touches a selected line), setting only the types
   * whose decorations differ from what the editor shows (typesToSet).
   */
  private apply(editor: vscode.TextEditor, plan: DecorationPlan): void {
    const document = editor.document;
    const mode = this.settings.current.decorations.mode;
    const lines =
      mode === 'currentLine' ? new Set(editor.selections.flatMap((s) => range(s.start.line, s.end.line))) : null;
    const visible = (span: Span): boolean => {
      if (!lines) return true;
      const { first, last } = lineSpan(document, span);
      for (let l = first; l <= last; l++) if (lines.has(l)) return true;
      return false;
    };
    const next = new Map<DecorationName, AppliedDecorations>();
    for (const name of this.types.keys()) {
      if (name === 'speakerNote') {
        const column = wrapColumn(document);
        const spans: Span[] = [];
        const texts: string[] = [];
        for (const n of plan.notes) {
          if (!visible({ start: n.offset, end: n.offset })) continue;
          const shown = noteDecoration(n.text, document.lineAt(document.positionAt(n.offset).line).text, column);
          spans.push({ start: n.offset, end: n.offset });
          texts.push(shown.text, shown.hover);
        }
        next.set(name, { spans, texts });
      } else next.set(name, { spans: (plan.spans.get(name) ?? []).filter(visible) });
    }
    const was = this.shown.get(editor);
    for (const name of typesToSet(was?.applied, next, was ? was.changes : null)) {
      const type = this.types.get(name);
      const d = next.get(name);
      if (!type || !d) continue;
      if (name === 'speakerNote') {
        const texts = d.texts ?? [];
        editor.setDecorations(
          type,
          d.spans.map((s, i) => {
            const pos = document.positionAt(s.start);
            return {
              range: new vscode.Range(pos, pos),
              renderOptions: { after: { contentText: texts[2 * i] ?? '' } },
              hoverMessage: new vscode.MarkdownString().appendText(texts[2 * i + 1] ?? ''),
            };
          }),
        );
      } else
        editor.setDecorations(
          type,
          d.spans.map((s) => toRange(document, s)),
        );
    }
    this.shown.set(editor, { applied: next, changes: [] });
    this.applied.set(document.uri.toString(), { document, decorations: next });
  }

  private clear(editor: vscode.TextEditor): void {
    const none = new Map<DecorationName, AppliedDecorations>();
    for (const [name, t] of this.types) {
      editor.setDecorations(t, []);
      none.set(name, { spans: [] });
    }
    this.shown.set(editor, { applied: none, changes: [] });
    this.applied.set(editor.document.uri.toString(), { document: editor.document, decorations: new Map() });
  }

  /**
   * What was last applied to a document's editor, by decoration name (the tests' view), as ranges in the document
   * as it is now (the tests read it right after onDidApply, before any further edit).
   */
  appliedTo(uri: vscode.Uri): Map<DecorationName, vscode.Range[]> | undefined {
    const a = this.applied.get(uri.toString());
    if (!a) return undefined;
    const out = new Map<DecorationName, vscode.Range[]>();
    for (const [name, d] of a.decorations)
      out.set(
        name,
        d.spans.map((s) => toRange(a.document, s)),
      );
    return out;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The column a note must end before: the wrap column when the editor wraps there ("bounded", the articles'
 * default, or "wordWrapColumn"), else the same default (a window narrower than that wraps earlier still; the
 * note's cap keeps it short).
 */
function wrapColumn(document: vscode.TextDocument): number {
  const c = vscode.workspace.getConfiguration('editor', document);
  return Math.max(20, c.get<number>('wordWrapColumn', 110));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/**
 * The decorations of the visible articles, from now on. Needs no extension context: a cold window's first
 * decorations are set before VS Code calls activate() (extension.ts), which then adds the rest.
 */
export function startDecorations(settings: SettingsStore, cache: AnalysisCache): Decorations {
  const d = new Decorations(settings, cache);
  d.register();
  return d;
}
