// Actors: people, organisations, media and places named in one article (placeholder until the actor module lands).
import type { Actor, DocContext } from '../types';

export function findActors(_doc: DocContext): Actor[] {
  return [];
}
