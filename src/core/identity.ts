// Cross-article identity of actors: a spelling-tolerant key, so that "Kim Jong Un"/"Kim Jong-un",
// "Peskow"/"Peskov" and "Pjöngjang"/"Pyongyang" meet. The key folds diacritics, hyphens and the usual
// German/English transliteration pairs (w/v, j/y, sch/sh, tsch/ch, z/s), then collapses doubled letters.
import type { Actor } from './types';

export function nameKey(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’`.\-‐–\s]+/g, '');
  s = s
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/z/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/(iy|yi|yy|ij)/g, 'y')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** The key under which two actors in different articles are the same: kind (media and organisations together) and name. */
export function actorKey(actor: Pick<Actor, 'kind' | 'name'>): string {
  const kind = actor.kind === 'media' ? 'organization' : actor.kind;
  return `${kind}:${nameKey(actor.name)}`;
}
