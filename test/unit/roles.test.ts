import * as assert from 'node:assert/strict';
import { ENGLISH_PERSON_HEAD, ENGLISH_TITLE_NOUN } from '../../src/core/resources/roles';

describe('role words (resources/roles.ts)', () => {
  it('matches a whole title noun in any case, with a literal dot in abbreviations', () => {
    for (const w of ['Secretary', 'SECRETARY', 'coach', 'Sen.', 'gov.', 'CEO'])
      assert.ok(ENGLISH_TITLE_NOUN.test(w), w);
    for (const w of ['Senx', 'sen', 'secretarys', 'the secretary', 'secretary general', '']) {
      assert.ok(!ENGLISH_TITLE_NOUN.test(w), w);
    }
  });

  it('matches a whole person head, not a word that only contains one', () => {
    for (const w of ['spokeswoman', 'Chief', 'mother']) assert.ok(ENGLISH_PERSON_HEAD.test(w), w);
    for (const w of ['spokeswomen', 'chiefly', 'grandmother', 'Sen.']) assert.ok(!ENGLISH_PERSON_HEAD.test(w), w);
  });
});
