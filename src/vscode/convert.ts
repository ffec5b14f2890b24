// The one place where the core's offsets become VS Code positions and ranges, and back.
// Core offsets are UTF-16 code units into the document's text, end-exclusive — the same unit as
// TextDocument.positionAt/offsetAt, so the conversion is exact as long as the analysis is of this version.
import * as vscode from 'vscode';
import type { Span } from '../core';

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toPosition(doc: vscode.TextDocument, offset: number): vscode.Position {
  return doc.positionAt(offset);
}

export function toOffset(doc: vscode.TextDocument, position: vscode.Position): number {
  return doc.offsetAt(position);
}

export function toSpan(doc: vscode.TextDocument, range: vscode.Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** The line range [first, last] a span covers (for current-line filtering without building Ranges). */
export function lineSpan(doc: vscode.TextDocument, span: Span): { first: number; last: number } {
  return { first: doc.positionAt(span.start).line, last: doc.positionAt(Math.max(span.start, span.end - 1)).line };
}

/** A selection over a span, for reveal. */
export function toSelection(doc: vscode.TextDocument, span: Span): vscode.Selection {
  return new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
}
