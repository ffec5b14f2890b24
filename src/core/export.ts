// The JSON export of spec/export.md (version 1): the documented fields, plus a few additive ones
// (roles' spans, aliases, warnings, date) that tools may use. Internal fields (sentences, layout) stay out.
import { eventsInEnglish } from './corpus/reasons';
import type { CorpusAnalysis } from './types';

export function toExport(corpus: CorpusAnalysis): unknown {
  return {
    version: 1,
    articles: corpus.articles.map((a) => ({
      path: a.path,
      language: a.language,
      title: a.title,
      outlet: a.outlet,
      dateline: a.dateline,
      date: a.date,
      error: a.error,
      warnings: a.warnings,
      actors: a.actors.map((x) => ({
        id: x.id,
        name: x.name,
        kind: x.kind,
        roles: x.roles,
        aliases: x.aliases,
        mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      })),
      statements: a.statements.map((s) => ({
        start: s.start,
        end: s.end,
        kind: s.kind,
        content: {
          start: s.content.start,
          end: s.content.end,
          text: s.content.text,
          parts: s.content.parts.map((p) => ({ start: p.start, end: p.end })),
        },
        cue: s.cue,
        speaker: s.speaker,
        via: s.via,
        hedged: s.hedged,
        ...(s.hedge ? { hedge: s.hedge } : {}),
        ...(s.vagueReason ? { vagueReason: s.vagueReason } : {}),
        ...(s.nestedIn !== undefined ? { nestedIn: s.nestedIn } : {}),
      })),
    })),
    // Reasons as English strings (the CLI's JSON; the editor words the data in the display language).
    events: eventsInEnglish(corpus.events),
  };
}
