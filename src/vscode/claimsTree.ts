// The claims view: every attributed statement of the workspace, grouped by article (default), source, actor or
// event, with filters. Built from the workspace index's corpus, so it follows edits (the index takes open
// documents' live analyses) and files created, changed or deleted. A click reveals and selects the span.
// A statement that other articles of its event carry says so ("carried by 3"), with quote and attribution drift
// in its tooltip: the event's aligned claims, asked of the index when an item is first shown (computed once per
// change of the event, in a worker), and the view repainted when they arrive.
// Files the index could not analyse (too large, unreadable, binary, too slow, crashed) come first, as a group of
// their own with the reason on each row (issue 11); a click opens the file. The index's change event refreshes it.
import * as vscode from 'vscode';
import type { Statement, StatementRef } from '../core';
import { actorsById, isVague, speakerName, speaksForItself } from './articleFacts';
import {
  type ClaimFilter,
  type ClaimGroup,
  type ClaimGrouping,
  claimRowText,
  groupClaims,
  noSpeakerText,
  splitEventLabel,
  statementWords,
  type UnanalysedGroup,
  type UnanalysedRow,
  unanalysedGroup,
  unnamedGroupLabel,
} from './claimGroups';
import { articleInfo, articleTitle, corroborationLines, corroborationOf } from './corroboration';
import { CLAIMS_VIEW, Commands, ContextKeys } from './ids';
import { t } from './l10n';
import { articleLabel, snippet, wordCut } from './text';
import type { WorkspaceIndex } from './workspaceIndex';

export type ClaimNode =
  | { type: 'group'; group: ClaimGroup }
  | { type: 'statement'; ref: StatementRef }
  | { type: 'unanalysedGroup'; group: UnanalysedGroup }
  | { type: 'unanalysed'; row: UnanalysedRow };

const KIND_ICON: Record<Statement['kind'], string> = {
  direct: 'quote',
  indirect: 'comment',
  'according-to': 'radio-tower',
  continuation: 'ellipsis',
  reported: 'megaphone',
};

const GROUPING_KEY = 'sourceLens.claims.grouping';
const FILTER_KEY = 'sourceLens.claims.filter';
/** Groups start expanded only when there are few of them (a workspace of 10,000 articles starts collapsed). */
const EXPAND_UP_TO = 30;

function groupingTitle(by: ClaimGrouping): string {
  switch (by) {
    case 'source':
      return t('Claims by source');
    case 'actor':
      return t('Claims by speaker');
    case 'event':
      return t('Claims by event');
    default:
      return t('Claims by article');
  }
}

/**
 * Each attribution once: a direct quotation the core lists a second time inside its enclosing indirect or
 * according-to statement (`nestedIn`), and a second statement over the same words, are left out; groups left
 * empty go.
 */
function onceEach(groups: ClaimGroup[]): ClaimGroup[] {
  const out: ClaimGroup[] = [];
  for (const g of groups) {
    const seen = new Set<string>();
    const items = g.items.filter((r) => {
      if (r.statement.nestedIn !== undefined) return false;
      const key = `${r.path}#${r.statement.content.start}-${r.statement.content.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (items.length) out.push(items.length === g.items.length ? g : { ...g, items });
  }
  return out;
}

export class ClaimsTree implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private groups: ClaimGroup[] | undefined;
  grouping: ClaimGrouping;
  filter: ClaimFilter;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Events whose alignment was asked for and has not arrived. */
  private readonly aligning = new Set<string>();
  private repaintTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly index: WorkspaceIndex,
  ) {
    this.grouping = context.workspaceState.get<ClaimGrouping>(GROUPING_KEY, 'article');
    this.filter = context.workspaceState.get<ClaimFilter>(FILTER_KEY, {});
    this.disposables.push(index.onDidChange(() => this.refresh()));
  }

  refresh(): void {
    this.groups = undefined;
    this.emitter.fire(undefined);
  }

  /** Shows the items again (new corroboration), without regrouping. */
  private repaint(): void {
    if (this.repaintTimer) return;
    this.repaintTimer = setTimeout(() => {
      this.repaintTimer = undefined;
      this.emitter.fire(undefined);
    }, 100);
  }

  private requestAlignment(path: string): void {
    const event = this.index.eventOf(path);
    if (!event || event.articles.length < 2 || this.aligning.has(event.id)) return;
    this.aligning.add(event.id);
    void this.index.alignmentOf(path).finally(() => {
      this.aligning.delete(event.id);
      this.repaint();
    });
  }

  async setGrouping(by: ClaimGrouping): Promise<void> {
    this.grouping = by;
    await this.context.workspaceState.update(GROUPING_KEY, by);
    this.refresh();
  }

  async setFilter(filter: ClaimFilter): Promise<void> {
    this.filter = filter;
    await this.context.workspaceState.update(FILTER_KEY, filter);
    const active = !!(filter.vagueOnly || filter.hideVague || filter.kinds?.length);
    await vscode.commands.executeCommand('setContext', ContextKeys.claimsFiltered, active);
    this.refresh();
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) {
      const notAnalysed = unanalysedGroup(this.index.unanalysed(), t, (uri) =>
        vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
      );
      const top: ClaimNode[] = notAnalysed ? [{ type: 'unanalysedGroup', group: notAnalysed }] : [];
      const corpus = this.index.corpus;
      if (!corpus) return top;
      this.groups ??= onceEach(groupClaims(corpus, this.grouping, this.filter));
      return [...top, ...this.groups.map((group): ClaimNode => ({ type: 'group', group }))];
    }
    if (node.type === 'group') return node.group.items.map((ref) => ({ type: 'statement', ref }));
    if (node.type === 'unanalysedGroup') return node.group.rows.map((row) => ({ type: 'unanalysed', row }));
    return [];
  }

  /** An article's headline (title, else outlet and date, else file name). */
  private titleOf(path: string): string {
    return articleTitle(path, this.index.lookup.byPath.get(path));
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.type === 'group') return this.groupItem(node.group);
    if (node.type === 'unanalysedGroup') return unanalysedGroupItem(node.group);
    if (node.type === 'unanalysed') return unanalysedItem(node.row);
    const { path, statement: s } = node.ref;
    const article = this.index.lookup.byPath.get(path);
    const actors = article ? actorsById(article) : new Map();
    const speaker = speakerName(s, actors) ?? noSpeakerText(t);
    const vague = isVague(s);
    const flags = [vague ? vscode.l10n.t('vague') : null, s.hedged ? vscode.l10n.t('hedged') : null].filter(Boolean);
    const lookup = this.index.lookup;
    const alignment = this.index.cachedAlignmentOf(path);
    if (!alignment) this.requestAlignment(path);
    const corroboration = alignment
      ? corroborationOf(
          alignment.claims,
          path,
          { span: s.content, text: s.content.text },
          (p) => articleInfo(p, lookup.byPath.get(p)),
          (id) => lookup.actors.get(id)?.[0]?.actor.name,
          t,
        )
      : null;
    if (corroboration) flags.push(t('carried by {0}', corroboration.articles));
    if (corroboration?.quoteDrift.some((d) => !d.translated)) flags.push(t('quote drift'));
    if (corroboration?.attributionDrift.length) flags.push(t('attribution drift'));
    const quote = snippet(s.content.text, 70);
    // A headline keeps its own quotation marks ('"Sechs Meter hohe Wellen": …'): cut, never stripped.
    const title = wordCut(this.titleOf(path), 40);
    // Each grouping shows what its group does not say (claimRowText); grouped by source, a speaker who is the
    // source shows the words, as grouped by speaker.
    const grouping = this.grouping === 'source' && speaksForItself(s) ? 'actor' : this.grouping;
    const { label, description } = claimRowText(grouping, {
      speaker,
      words: statementWords(s, 60, t),
      cue: s.cue?.text,
      flags: flags.join(', '),
      title,
      outlet: article?.outlet ?? null,
      quote,
    });
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = description;
    const tooltip = [
      `${speaker}${s.cue ? ` (${s.cue.text})` : ''}: ${snippet(s.content.text, 400)}`,
      this.titleOf(path),
    ];
    if (corroboration)
      tooltip.push('', ...corroborationLines(corroboration, (p) => articleInfo(p, lookup.byPath.get(p)), t));
    item.tooltip = new vscode.MarkdownString().appendText(tooltip.join('\n'));
    item.iconPath = new vscode.ThemeIcon(
      vague || s.hedged ? 'warning' : KIND_ICON[s.kind],
      vague || s.hedged ? new vscode.ThemeColor('sourceLens.vagueUnderline') : undefined,
    );
    item.contextValue = 'statement';
    item.id = `${this.grouping}:${path}#${s.start}-${s.end}-${s.kind}`;
    item.command = {
      command: Commands.revealSpan,
      title: vscode.l10n.t('Reveal in Article'),
      arguments: [path, s.start, s.end],
    };
    return item;
  }

  private groupItem(g: ClaimGroup): vscode.TreeItem {
    const event = this.grouping === 'event' ? splitEventLabel(g.label) : null;
    const full = event
      ? event.name
      : this.grouping === 'article' && g.path
        ? this.titleOf(g.path)
        : (unnamedGroupLabel(g, t) ?? g.label);
    const few = (this.groups?.length ?? 0) <= EXPAND_UP_TO;
    const item = new vscode.TreeItem(
      wordCut(full, 60),
      few ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    const count = g.items.length === 1 ? t('1 statement') : t('{0} statements', g.items.length);
    const article = this.grouping === 'article' && g.path ? this.index.lookup.byPath.get(g.path) : undefined;
    const outlet = article?.outlet && article.title ? article.outlet : null;
    const articles = event?.articles ? t('{0} articles', event.articles) : null;
    item.description = [outlet, event?.when, articles, count].filter(Boolean).join(' · ');
    const gap =
      !event && !article && !g.vague && g.key === 'none'
        ? t('Source Lens found these statements but not who made them.')
        : null;
    item.tooltip = [full, event?.when, g.path ? articleLabel(g.path) : null, count, gap].filter(Boolean).join('\n');
    item.contextValue = this.grouping === 'article' ? 'article' : 'group';
    item.iconPath = new vscode.ThemeIcon(
      g.vague
        ? 'question'
        : this.grouping === 'article'
          ? 'file-text'
          : this.grouping === 'event'
            ? 'calendar'
            : this.grouping === 'source'
              ? 'radio-tower'
              : 'person',
    );
    if (g.path) item.resourceUri = vscode.Uri.parse(g.path);
    item.id = `${this.grouping}:${g.key}`;
    return item;
  }

  dispose(): void {
    if (this.repaintTimer) clearTimeout(this.repaintTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The "N files not analysed" group: a warning, collapsed when long, above the claims. */
function unanalysedGroupItem(g: UnanalysedGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(
    g.label,
    g.rows.length <= EXPAND_UP_TO
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.tooltip = t('Files Source Lens could not analyse: click one to open it');
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  item.contextValue = 'unanalysedGroup';
  item.id = 'unanalysed';
  return item;
}

/** A file not analysed: its name, the reason; a click opens it. */
function unanalysedItem(row: UnanalysedRow): vscode.TreeItem {
  const uri = vscode.Uri.parse(row.uri);
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
  item.description = row.description;
  item.tooltip = row.tooltip;
  item.iconPath = new vscode.ThemeIcon('circle-slash');
  item.resourceUri = uri;
  item.contextValue = 'unanalysed';
  item.id = `unanalysed:${row.uri}`;
  item.command = { command: 'vscode.open', title: t('Open File'), arguments: [uri] };
  return item;
}

export function registerClaimsTree(context: vscode.ExtensionContext, index: WorkspaceIndex): ClaimsTree {
  const tree = new ClaimsTree(context, index);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const describe = (): void => {
    const f = tree.filter;
    const parts = [
      f.vagueOnly ? vscode.l10n.t('vague only') : null,
      f.hideVague ? vscode.l10n.t('vague hidden') : null,
      f.kinds?.length ? f.kinds.join(', ') : null,
    ].filter(Boolean);
    // The active grouping in the view's own title (a single view's header shows it), the filters beside it.
    view.title = groupingTitle(tree.grouping);
    view.description = parts.join(' · ') || undefined;
  };
  describe();
  context.subscriptions.push(
    tree,
    view,
    vscode.commands.registerCommand(Commands.claimsGroupBy, async (by?: ClaimGrouping) => {
      const byArgument = !!by;
      if (!by) {
        const items: (vscode.QuickPickItem & { by: ClaimGrouping })[] = [
          { label: `$(file-text) ${vscode.l10n.t('By article')}`, by: 'article' },
          {
            label: `$(radio-tower) ${vscode.l10n.t('By source')}`,
            by: 'source',
            detail: vscode.l10n.t('The agency or outlet a claim was taken from, else its speaker'),
          },
          {
            label: `$(person) ${vscode.l10n.t('By speaker')}`,
            by: 'actor',
            detail: vscode.l10n.t('Who is quoted, each statement with its words'),
          },
          {
            label: `$(calendar) ${vscode.l10n.t('By event')}`,
            by: 'event',
            detail: vscode.l10n.t('Articles covering the same event together'),
          },
        ];
        for (const i of items) if (i.by === tree.grouping) i.description = vscode.l10n.t('(current)');
        by = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group claims') }))?.by;
      }
      if (by) await tree.setGrouping(by);
      describe();
      // From a hover's "more" link (an argument, no picker): show the view.
      if (byArgument && by) await vscode.commands.executeCommand(Commands.focusClaims);
    }),
    vscode.commands.registerCommand(Commands.claimsFilter, async (filter?: ClaimFilter) => {
      if (!filter) {
        const kinds: Statement['kind'][] = ['direct', 'indirect', 'according-to', 'continuation', 'reported'];
        type Pick = vscode.QuickPickItem & { set: (f: ClaimFilter) => void };
        const items: Pick[] = [
          {
            label: vscode.l10n.t('Vague or hedged only'),
            picked: !!tree.filter.vagueOnly,
            set: (f) => (f.vagueOnly = true),
          },
          {
            label: vscode.l10n.t('Hide vague and hedged'),
            picked: !!tree.filter.hideVague,
            set: (f) => (f.hideVague = true),
          },
          ...kinds.map((k) => ({
            label: k,
            description: vscode.l10n.t('kind'),
            picked: !!tree.filter.kinds?.includes(k),
            set: (f: ClaimFilter) => (f.kinds = [...(f.kinds ?? []), k]),
          })),
        ];
        const chosen = await vscode.window.showQuickPick(items, {
          canPickMany: true,
          title: vscode.l10n.t('Filter claims'),
        });
        if (!chosen) return;
        filter = {};
        for (const c of chosen) c.set(filter);
      }
      await tree.setFilter(filter);
      describe();
    }),
    vscode.commands.registerCommand(Commands.claimsClearFilter, async () => {
      await tree.setFilter({});
      describe();
    }),
  );
  void vscode.commands.executeCommand(
    'setContext',
    ContextKeys.claimsFiltered,
    !!(tree.filter.vagueOnly || tree.filter.hideVague || tree.filter.kinds?.length),
  );
  return tree;
}
