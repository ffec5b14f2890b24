// Attributed statements (placeholder until the statement module lands).
import type { Actor, DocContext, Statement } from '../types';

export function findStatements(_doc: DocContext, _actors: Actor[]): Statement[] {
  return [];
}
