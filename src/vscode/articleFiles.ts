// Which files are news articles. Narrow on purpose: the language's own filenamePatterns claim the default globs
// without activating anything; the `sourceLens.files.globs` setting can add more (applied here when such a file
// opens); "Read as Article" claims any other .txt (remembered per workspace); and a .txt that looks like an
// article gets an offer, never a forced switch.
import * as vscode from 'vscode';
import { offerDecision } from './articleOffer';
import { Commands, LANGUAGE_ID } from './ids';
import type { SettingsStore } from './settings';

const CLAIMED_KEY = 'sourceLens.readAsArticle';
const DECLINED_KEY = 'sourceLens.declinedOffers';

export class ArticleFiles implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a file becomes an article by command (the index adds it). */
  readonly onDidClaim = this.emitter.event;
  private readonly offerEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the "looks like an article" offer is shown (the tests follow it). */
  readonly onDidOffer = this.offerEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.offerEmitter];
  private readonly offered = new Set<string>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly settings: SettingsStore,
  ) {}

  isArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID;
  }

  /** True when the configured globs or a "Read as Article" claim the file. */
  isClaimed(uri: vscode.Uri): boolean {
    if (this.claimedUris().includes(uri.toString())) return true;
    return this.settings.current.files.globs.some(
      (pattern) => vscode.languages.match({ pattern }, { uri, languageId: '' } as unknown as vscode.TextDocument) > 0,
    );
  }

  claimedUris(): string[] {
    return this.context.workspaceState.get<string[]>(CLAIMED_KEY, []);
  }

  async readAsArticle(document: vscode.TextDocument): Promise<vscode.TextDocument> {
    const claimed = this.claimedUris();
    if (!claimed.includes(document.uri.toString())) {
      await this.context.workspaceState.update(CLAIMED_KEY, [...claimed, document.uri.toString()]);
    }
    const switched =
      document.languageId === LANGUAGE_ID
        ? document
        : await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    this.emitter.fire(document.uri);
    return switched;
  }

  /** Claims an opened .txt when the globs or an earlier command say so; otherwise maybe offers (articleOffer.ts). */
  async consider(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const decision = offerDecision({
      languageId: document.languageId,
      path: document.uri.path,
      claimed: document.languageId === 'plaintext' && this.isClaimed(document.uri),
      offerEnabled: this.settings.current.files.offerReadAsArticle,
      offered: this.offered.has(key),
      declined: this.context.workspaceState.get<string[]>(DECLINED_KEY, []).includes(key),
      text: () => document.getText(),
    });
    if (decision === 'claim') await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    else if (decision === 'offer') await this.offer(document);
  }

  private async offer(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    this.offered.add(key);
    const read = vscode.l10n.t('Read as Article');
    const never = vscode.l10n.t("Don't Ask for This File");
    const name = document.uri.path.split('/').pop() ?? key;
    this.offerEmitter.fire(document.uri);
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} looks like a news article. Read it with Source Lens?', name),
      read,
      never,
    );
    if (choice === read) await this.readAsArticle(document);
    else if (choice === never) {
      await this.context.workspaceState.update(DECLINED_KEY, [
        ...this.context.workspaceState.get<string[]>(DECLINED_KEY, []),
        key,
      ]);
    }
  }

  register(): void {
    this.disposables.push(
      vscode.commands.registerCommand(Commands.readAsArticle, async (uri?: vscode.Uri) => {
        const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
        if (!document) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open a .txt file first.'));
          return undefined;
        }
        const switched = await this.readAsArticle(document);
        if (!uri) await vscode.window.showTextDocument(switched);
        return switched.languageId;
      }),
      vscode.workspace.onDidOpenTextDocument((d) => void this.consider(d)),
    );
    for (const d of vscode.workspace.textDocuments) void this.consider(d);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerArticleFiles(context: vscode.ExtensionContext, settings: SettingsStore): ArticleFiles {
  const files = new ArticleFiles(context, settings);
  files.register();
  context.subscriptions.push(files);
  return files;
}
