// English attribution and actors on small invented wire-style fixtures, through the whole article analysis
// (layout, actors, statements): one fixture per construction of news English.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core';
import type { ArticleAnalysis, Statement } from '../../src/core/types';

const TITLE = 'Officials meet in capital\n';

function analyze(body: string): ArticleAnalysis {
  return analyzeArticle(TITLE + body, 'en.txt');
}

function stmt(a: ArticleAnalysis, fragment: string): Statement {
  const s = a.statements.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with content "${fragment}" in ${JSON.stringify(a.statements.map((x) => x.content.text))}`);
  return s;
}

/** The whole statement (frame included) as written, in an article made by `analyze` from `body`. */
function whole(body: string, s: Statement): string {
  const text = TITLE + body;
  return text.slice(s.start, s.end);
}

function actorOf(a: ArticleAnalysis, s: Statement): string | undefined {
  return a.actors.find((x) => x.id === s.speaker?.actorId)?.name;
}

describe('English statements', () => {
  it('reads a text that ends on a participle after the subject ("… said the report updated") without throwing', () => {
    // Found by fuzzing (a truncated saved page): the post-modifier look-up asked for the token past the end.
    for (const text of [
      'Officials said the report updated',
      'Title\n\nThe mayor told The updated',
      ', which warned',
      '(\n, which warned',
    ]) {
      const a = analyzeArticle(text, 'a.txt');
      for (const st of a.statements) assert.ok(st.end <= text.length);
    }
    assert.equal(
      stmt(analyze('Officials said the report was updated on Monday.\n'), 'the report').speaker?.text,
      'Officials',
    );
  });
  it('reads a report inside a relative clause ("in what X is calling …", "what it says was …") as X\'s statement', () => {
    const a = analyze(
      'Two ferries collided near the harbour in what the Coast Guard is calling a serious navigational error.\n' +
        'The ferry was stopped after the Royal Navy intercepted what it says was an abandoned fishing trawler with no lights.\n',
    );
    const s = stmt(a, 'a serious navigational error');
    assert.equal(s.kind, 'indirect');
    assert.match(s.content.text, /^what the Coast Guard is calling a serious navigational error$/u);
    assert.equal(s.speaker?.text, 'the Coast Guard');
    assert.equal(actorOf(a, s), 'Coast Guard');
    const t = stmt(a, 'an abandoned fishing trawler');
    assert.equal(t.speaker?.text, 'it');
    assert.equal(actorOf(a, t), 'Royal Navy');
  });

  it('gives "X reported / quoted Y as saying …" to Y, with X as the relay', () => {
    const body =
      'Prime Minister Lena Varga met the harbour unions on Monday.\n' +
      '"These are the safety lines we will not cross," the state broadcaster RTK reported Varga as saying.\n' +
      'Local media quoted her as saying that the harbour would reopen next week.\n' +
      'She was quoted by RTK as telling the unions that wages would rise.\n';
    const a = analyze(body);
    const s = stmt(a, 'the safety lines we will not cross');
    assert.equal(s.kind, 'direct');
    assert.equal(s.speaker?.text, 'Varga');
    assert.equal(actorOf(a, s), 'Lena Varga');
    assert.deepEqual(
      s.via.map((v) => v.text),
      ['the state broadcaster RTK'],
    );
    assert.match(whole(body, s), /reported Varga as saying$/u);
    assert.equal(a.statements.filter((x) => x.content.text.includes('the safety lines')).length, 1);
    const t = stmt(a, 'the harbour would reopen');
    assert.equal(t.speaker?.text, 'her');
    assert.equal(actorOf(a, t), 'Lena Varga');
    const u = stmt(a, 'wages would rise');
    assert.equal(actorOf(a, u), 'Lena Varga');
    assert.deepEqual(
      u.via.map((v) => v.text),
      ['RTK'],
    );
    // "quoted" without "as saying" relays nothing.
    assert.equal(analyze('The broker quoted a price that was far above the market.\n').statements.length, 0);
  });

  it('reads an object with a predicative "as" ("pointed to X as Y", "gave the death count as 15") as a statement', () => {
    const body =
      'The harbour master pointed to the rise of cheap cargo lines as one key cause of the crisis.\n' +
      'While initial reports by local officials gave the death count as 15, the news agency AFP later said over 90 were dead.\n';
    const a = analyze(body);
    const s = stmt(a, 'the rise of cheap cargo lines');
    assert.equal(s.speaker?.text, 'The harbour master');
    assert.match(whole(body, s), /^The harbour master pointed to .* crisis\.?$/u);
    const t = stmt(a, 'the death count as 15');
    assert.equal(t.speaker?.text, 'initial reports by local officials');
    assert.doesNotMatch(t.content.text, /AFP/u);
    const u = stmt(a, 'over 90 were dead');
    assert.equal(u.speaker?.text, 'the news agency AFP');
    // A relative clause inside the content of the opening clause does not end it.
    const c = analyze(
      'Although the harbour master said that the plan, which was costly, would work, the unions disagreed.\n',
    );
    assert.match(stmt(c, 'the plan').content.text, /^the plan, which was costly, would work$/u);
    // "gave" states nothing without a figure or a reason after "as"; "as well" is no predicative.
    const b = analyze(
      'The harbour master gave a speech on Monday.\nThe harbour master pointed to the new cranes as well.\n' +
        'The harbour master pointed to the cranes as the ships arrived.\n',
    );
    assert.equal(b.statements.length, 0);
  });

  it('reads "X was described by Y as Z" as Y\'s statement', () => {
    const body =
      'Harbour master Lena Varga met the mayor, Tomas Brenner, on Monday.\n' +
      'Brenner was described by Varga as a reliable partner of the port.\n' +
      'Brenner was praised by the dockers as well.\n';
    const a = analyze(body);
    const s = stmt(a, 'a reliable partner');
    assert.equal(s.speaker?.text, 'Varga');
    assert.equal(actorOf(a, s), 'Lena Varga');
    assert.match(whole(body, s), /^Brenner was described by Varga as a reliable partner of the port\.?$/u);
    assert.equal(a.statements.length, 1);
  });

  it('gives "… released a statement / sent a letter … saying …" to the subject whose document it is', () => {
    const a = analyze(
      'The harbour authority released a statement on Tuesday saying the ferries would sail again next week.\n' +
        'Senator Alice Ward sent a letter to the regulator on Monday saying the merger broke the law.\n',
    );
    const s = stmt(a, 'the ferries would sail again');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'The harbour authority');
    const t = stmt(a, 'the merger broke the law');
    assert.equal(t.speaker?.text, 'Senator Alice Ward');
    assert.equal(actorOf(a, t), 'Alice Ward');
  });

  it('reads a sentence with "reportedly" or "is expected to" as a report with no speaker named', () => {
    const a = analyze(
      'The ferry reportedly ran aground near the harbour and lost power for several hours.\n' +
        'The closure is expected to cause long delays, affecting thousands of commuters.\n' +
        'The captain was also said to have ignored the warnings.\n' +
        'The ferry is expected at noon and crews are expected back on Monday.\n',
    );
    const s = stmt(a, 'ran aground');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker, null);
    assert.equal(s.cue?.text, 'reportedly');
    assert.match(
      s.content.text,
      /^The ferry reportedly ran aground near the harbour and lost power for several hours/u,
    );
    const t = stmt(a, 'cause long delays');
    assert.equal(t.speaker, null);
    assert.equal(t.cue?.text, 'is expected to');
    assert.equal(stmt(a, 'ignored the warnings').cue?.text, 'was also said to');
    // "expected" without "to" + verb reports nothing.
    assert.ok(!a.statements.some((x) => x.content.text.includes('at noon')));
  });

  it('gives a speech participle after "while" or a reason after ", citing" to the subject of the main clause', () => {
    const a = analyze(
      "The dockers' union is pressing for higher pay while at the same time demanding a shorter working week.\n" +
        'The Harbour Board raised its fees on Monday, in line with forecasts, citing higher costs for dredging.\n',
    );
    const s = stmt(a, 'a shorter working week');
    assert.equal(s.speaker?.text, "The dockers' union");
    const t = stmt(a, 'citing higher costs');
    assert.equal(t.speaker?.text, 'The Harbour Board');
    assert.match(t.content.text, /^The Harbour Board raised its fees/u);
  });

  it('takes the whole source phrase of "according to", with its "familiar with" qualifier', () => {
    const a = analyze(
      'According to two officials familiar with the discussions, several policymakers had argued for a pause.\n',
    );
    const s = stmt(a, 'several policymakers');
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'two officials familiar with the discussions');
    assert.equal(s.content.text, 'several policymakers had argued for a pause.');
    assert.equal(s.speaker?.vague, true);
  });

  it('finds the subject across a participial phrase ("X, speaking in London, said she …")', () => {
    const a = analyze(
      'Treasury Secretary Janet Yellen, speaking in London, said she was confident the economy would avoid a recession.\n',
    );
    const s = stmt(a, 'she was confident');
    assert.equal(s.content.text, 'she was confident the economy would avoid a recession.');
    assert.equal(actorOf(a, s), 'Janet Yellen');
  });

  it('finds the subject across an apposition ("X, the company\'s chief executive, said …")', () => {
    const a = analyze("Maria Delgado, the company's chief executive, said the automaker now expects lower profits.\n");
    const s = stmt(a, 'the automaker now expects');
    assert.equal(s.speaker?.text, 'Maria Delgado');
    assert.equal(actorOf(a, s), 'Maria Delgado');
  });

  it('reads "said" with a content clause that has no "that"', () => {
    const a = analyze('Interior Minister Suleyman Soylu said rescue teams were searching for survivors.\n');
    const s = stmt(a, 'rescue teams were searching');
    assert.equal(s.kind, 'indirect');
    assert.equal(actorOf(a, s), 'Suleyman Soylu');
  });

  it('takes a title and a name before the verb as one speaker ("Chelsea coach Paolo Conti said")', () => {
    const a = analyze('Chelsea coach Paolo Conti said his team had been unlucky.\n');
    const s = stmt(a, 'his team had been unlucky');
    assert.equal(s.speaker?.text, 'Chelsea coach Paolo Conti');
    assert.equal(actorOf(a, s), 'Paolo Conti');
  });

  it('keeps "Mr." with the name ("Mr. Schumer told reporters that …")', () => {
    const a = analyze(
      'Senator Chuck Schumer spoke on Friday. Mr. Schumer told reporters that he expected a vote in February.\n',
    );
    const s = stmt(a, 'he expected a vote');
    assert.equal(s.speaker?.text, 'Mr. Schumer');
    assert.equal(actorOf(a, s), 'Chuck Schumer');
  });

  it('gives one statement to a relay chain (", the Wall Street Journal reported, citing people familiar …")', () => {
    const a = analyze(
      'The decision was reportedly unanimous, the Wall Street Journal reported, citing people familiar with the matter.\n',
    );
    assert.equal(a.statements.length, 1);
    const s = a.statements[0]!;
    assert.equal(s.content.text, 'The decision was reportedly unanimous');
    assert.equal(s.speaker?.text, 'people familiar with the matter');
    assert.equal(s.speaker?.vague, true);
    assert.deepEqual(
      s.via.map((v) => v.text),
      ['the Wall Street Journal'],
    );
    assert.equal(s.hedged, true);
  });

  it('gives a trailing "according to Y" after "X said" to X, relayed by Y', () => {
    const a = analyze(
      'The disaster agency AFAD said more than 100 aftershocks had been recorded, according to the Anadolu news agency.\n',
    );
    assert.equal(a.statements.length, 1);
    const s = a.statements[0]!;
    assert.equal(s.content.text, 'more than 100 aftershocks had been recorded');
    assert.match(s.speaker?.text ?? '', /AFAD$/);
    assert.deepEqual(
      s.via.map((v) => v.text),
      ['the Anadolu news agency'],
    );
  });

  it('does not make a vague source of analysts at a named firm', () => {
    const a = analyze('Analysts at Goldman Sachs said the decision could delay the next cut.\n');
    const s = stmt(a, 'the decision could delay');
    assert.equal(s.speaker?.text, 'Analysts at Goldman Sachs');
    assert.equal(s.speaker?.vague, false);
    assert.equal(s.hedged, true);
  });

  it('takes unnamed groups for vague sources ("Eyewitnesses described …", "the person said")', () => {
    const a = analyze(
      'Eyewitnesses described the scene as chaotic. A person familiar with the matter said talks had stalled, and the person said a deal was unlikely.\n',
    );
    assert.equal(stmt(a, 'the scene as chaotic').speaker?.vague, true);
    assert.equal(stmt(a, 'a deal was unlikely').speaker?.vague, true);
  });

  it('keeps a vague source with its qualifier ("Two people briefed on the talks said …")', () => {
    const a = analyze('Two people briefed on the talks said negotiators had also discussed aid.\n');
    const s = stmt(a, 'negotiators had also discussed aid');
    assert.equal(s.speaker?.text, 'Two people briefed on the talks');
    assert.equal(s.speaker?.vague, true);
  });

  it('reads no speech act into a participial adjunct (", blaming …", ", fearing …")', () => {
    const a = analyze(
      'Acme Motors lowered its forecast on Tuesday, blaming a shortage of chips. Some residents spent the night in their cars, fearing further tremors.\n',
    );
    assert.deepEqual(a.statements, []);
  });

  it('keeps a thousands separator inside its number', () => {
    const a = analyze('Hans Kluge, the regional director, said more than 30,000 cases had been reported.\n');
    const s = stmt(a, '30,000');
    assert.equal(s.content.text, 'more than 30,000 cases had been reported.');
    assert.equal(actorOf(a, s), 'Hans Kluge');
  });

  it('finds the subject across auxiliaries ("Someone can be heard saying …")', () => {
    const a = analyze('Someone can be heard saying near the microphone, "Get down, get down!" as agents moved in.\n');
    const s = stmt(a, 'Get down');
    assert.equal(s.speaker?.text, 'Someone');
    assert.equal(s.speaker?.vague, true);
  });

  it('reads a passive cue without an agent as no statement, and gives one with "by" to the agent', () => {
    const a = analyze('Marlow spoke to reporters as the winners of the award were announced in Stockholm.\n');
    assert.ok(!a.statements.some((x) => x.cue?.text === 'announced'), JSON.stringify(a.statements));
  });

  it('gives ", stating …" to the subject of the sentence', () => {
    const a = analyze('Donald Trump later reassured his supporters on social media, stating he was fine.\n');
    const s = stmt(a, 'he was fine');
    assert.equal(actorOf(a, s), 'Donald Trump');
  });

  it('takes a bare number as the head of the content\'s subject ("said over 90 were dead")', () => {
    const a = analyze('The news agency AFP later said over 90 were dead in Turkey and Syria.\n');
    const s = stmt(a, 'over 90 were dead');
    assert.match(s.speaker?.text ?? '', /AFP$/);
  });

  it('reads "officials say" and "experts warn that" as cues, but not "to say" or "could warn"', () => {
    const a = analyze(
      'The attack is being investigated, law enforcement officials say. Experts warn that the number may be higher. He declined to say more. Officials could warn residents.\n',
    );
    assert.equal(stmt(a, 'The attack is being investigated').speaker?.text, 'law enforcement officials');
    assert.equal(stmt(a, 'the number may be higher').speaker?.vague, true);
    assert.equal(a.statements.length, 2, JSON.stringify(a.statements.map((x) => x.content.text)));
  });

  it('does not give a statement to a possessor ("Conti\'s assistant said", "Trump\'s campaign says")', () => {
    const a = analyze("Chelsea coach Paolo Conti spoke first. Conti's assistant said the squad was tired.\n");
    const s = stmt(a, 'the squad was tired');
    assert.equal(s.speaker?.text, "Conti's assistant");
    assert.equal(s.speaker?.actorId, null);
  });

  it('takes the clause after "said" over a fronted participle ("Speaking in Leeds, Starmer said …")', () => {
    const a = analyze(
      'Prime Minister Keir Starmer visited a hospital. Speaking at a hospital in Leeds, Starmer said his government would fund more appointments.\n',
    );
    const s = stmt(a, 'his government would fund');
    assert.equal(actorOf(a, s), 'Keir Starmer');
  });

  it('reads "It said its forces …", "said it had …" and "U.S. officials, speaking on condition of anonymity, said …"', () => {
    const a = analyze(
      "The ministry did not comment. It said its forces had hit targets. Ukraine's air force said it had shot down 38 drones. U.S. officials, speaking on condition of anonymity, said a new package was expected.\n",
    );
    assert.equal(stmt(a, 'its forces had hit').speaker?.text, 'It');
    assert.equal(stmt(a, 'it had shot down').speaker?.text, "Ukraine's air force");
    const s = stmt(a, 'a new package was expected');
    assert.equal(s.speaker?.text, 'U.S. officials');
    assert.equal(s.speaker?.vague, true);
  });

  it('keeps "published by X" with the source of "according to"', () => {
    const a = analyze("According to a survey published by the King's Fund, satisfaction has fallen.\n");
    const s = stmt(a, 'satisfaction has fallen');
    assert.equal(s.speaker?.text, "a survey published by the King's Fund");
  });

  it('relays "X reported that …, citing police sources" through X', () => {
    const a = analyze('Le Parisien newspaper reported that the suspect had been identified, citing police sources.\n');
    assert.equal(a.statements.length, 1);
    const s = a.statements[0]!;
    assert.equal(s.content.text, 'the suspect had been identified');
    assert.equal(s.speaker?.text, 'police sources');
    assert.deepEqual(
      s.via.map((v) => v.text),
      ['Le Parisien newspaper'],
    );
  });

  it('resolves "the company" and "the bank" to the firm named before, not to a public body', () => {
    const a = analyze(
      'Regulators are investigating Nimbus Technologies, the European Commission said. The company said it had always complied with the law. JPMorgan Chase shares fell after the bank said income would be lower.\n',
    );
    assert.equal(actorOf(a, stmt(a, 'always complied')), 'Nimbus Technologies');
    assert.equal(actorOf(a, stmt(a, 'income would be lower')), 'JPMorgan Chase');
  });

  it('resolves "he" to a new subject after the previous statement ("The chairman, X, urged … \\"…,\\" he said")', () => {
    const a = analyze(
      '"The people have spoken," Raila Odinga told supporters. The electoral commission chairman, Wafula Chebukati, urged calm. "Only the commission can declare a winner," he said.\n',
    );
    assert.equal(actorOf(a, stmt(a, 'Only the commission')), 'Wafula Chebukati');
    assert.deepEqual(a.actors.find((x) => x.name === 'Wafula Chebukati')?.roles, ['electoral commission chairman']);
  });

  it('finds the name in an apposition after a possessor ("President William Ruto\'s spokesman, Hussein Mohamed, said …")', () => {
    const a = analyze(
      'President William Ruto\'s spokesman, Hussein Mohamed, said the claim was "reckless" and accused the opposition of lying.\n',
    );
    const s = stmt(a, 'the claim was');
    assert.equal(actorOf(a, s), 'Hussein Mohamed');
    assert.ok(
      a.statements.every((x) => x.speaker?.actorId === s.speaker?.actorId && x.via.length === 0),
      JSON.stringify(a.statements),
    );
  });

  it('takes an apposition with a prepositional tail ("Paul Clement, a lawyer for the tech industry groups, argued …")', () => {
    const a = analyze(
      'Paul Clement, a lawyer for the tech industry groups, argued that the laws were an attack on free speech.\n',
    );
    assert.equal(actorOf(a, stmt(a, 'the laws were')), 'Paul Clement');
  });

  it('reads an indirect question after the cue ("questioned whether …")', () => {
    const a = analyze('Justice Brett Kavanaugh questioned whether the states could force platforms to carry speech.\n');
    const s = stmt(a, 'whether the states');
    assert.equal(actorOf(a, s), 'Brett Kavanaugh');
    const b = analyze('"No," the minister said when asked whether she would resign.\n');
    assert.deepEqual(
      b.statements.map((x) => [x.kind, x.content.text]),
      [['direct', '"No,"']],
    );
  });

  it('reads an apposition after "said X" as none of the content (\'"…," said X, the ministry\'s spokesman.\')', () => {
    const a = analyze(
      '"We have nothing to hide," said Ahmed Karimi, the ministry\'s spokesman. The talks will resume, the ministry said.\n',
    );
    assert.equal(a.statements.length, 2, JSON.stringify(a.statements.map((x) => x.content.text)));
    const q = stmt(a, 'nothing to hide');
    assert.equal(q.kind, 'direct');
    assert.equal(actorOf(a, q), 'Ahmed Karimi');
    assert.equal(stmt(a, 'The talks will resume').speaker?.actorId, null);
  });

  it('relays a fronted "Citing X," through the frame that follows', () => {
    const a = analyze(
      'Citing two sources close to the negotiations, Bloomberg reported that a deal could be signed in May.\n',
    );
    const s = stmt(a, 'a deal could be signed');
    assert.equal(s.speaker?.text, 'two sources close to the negotiations');
    assert.equal(s.speaker?.vague, true);
    assert.deepEqual(
      s.via.map((v) => v.text),
      ['Bloomberg'],
    );
  });

  it('keeps the author of a document with "according to" ("a statement from the ministry")', () => {
    const a = analyze('The agreement was reached after months of talks, according to a statement from the ministry.\n');
    const s = stmt(a, 'The agreement');
    assert.equal(s.content.text, 'The agreement was reached after months of talks');
    assert.equal(s.speaker?.text, 'a statement from the ministry');
  });

  it('reads British style ("Mr Whelan told the BBC the government …") and "say" before a clause', () => {
    const a = analyze(
      'Aslef general secretary Mick Whelan spoke first. Mr Whelan told the BBC the government had refused to negotiate. Scientists using data from a lunar probe say they have found ice.\n',
    );
    const s = stmt(a, 'the government had refused');
    assert.equal(s.content.text, 'the government had refused to negotiate.');
    assert.equal(actorOf(a, s), 'Mick Whelan');
    assert.equal(stmt(a, 'they have found ice').speaker?.vague, true);
  });

  it('skips time and source adverbials between the subject and the cue', () => {
    const a = analyze(
      'The ministry on Tuesday said the talks had failed. The company last week said it would close two plants. The ministry, in a statement, said the border would reopen. According to data released on Monday, inflation rose. The company, based in Ohio, said sales fell sharply in May.\n',
    );
    assert.equal(stmt(a, 'the talks had failed').speaker?.text, 'The ministry');
    assert.equal(stmt(a, 'close two plants').speaker?.text, 'The company');
    assert.equal(stmt(a, 'the border would reopen').speaker?.text, 'The ministry');
    assert.equal(stmt(a, 'inflation rose').speaker?.text, 'data released on Monday');
    assert.equal(stmt(a, 'sales fell').speaker?.text, 'The company');
  });

  it('lists a speech act with an object and no clause as reported ("urged calm", "praised his players")', () => {
    const a = analyze(
      "United manager Erik Lindqvist praised his players' resilience. Officials urged people to stay indoors. Police said the investigation began after a tip-off.\n",
    );
    assert.equal(stmt(a, 'praised his players').kind, 'reported');
    assert.equal(stmt(a, 'Officials urged').kind, 'reported');
    assert.equal(stmt(a, 'the investigation began').kind, 'indirect');
  });

  it('resolves "the Italian" to the person last spoken of, not a name inside a quotation', () => {
    const a = analyze(
      'Carlos Alcaraz beat Jannik Sinner. Sinner, 23, said he was proud. "Carlos was simply better," the Italian told reporters.\n',
    );
    assert.equal(actorOf(a, stmt(a, 'simply better')), 'Jannik Sinner');
  });

  it('finds an apposition subject before "has said" and a relative "which said"', () => {
    const a = analyze(
      "Alcaraz's coach, Juan Carlos Ferrero, has said the Spaniard is still improving. The trades were first reported by The New York Times, which said the senator had sold shares.\n",
    );
    assert.equal(actorOf(a, stmt(a, 'still improving')), 'Juan Carlos Ferrero');
    const s = stmt(a, 'the senator had sold shares');
    assert.equal(s.speaker?.text, 'The New York Times');
  });

  it('gives \'"…," he said, adding that …\' one statement of one speaker, and "welcomed X but said …" both verbs', () => {
    const body =
      'The firm\'s chief executive, Ian McAulay, apologised. "We are deeply sorry," he said, adding that the company had invested heavily. Campaigners welcomed the fine but said it did not go far enough.\n';
    const a = analyze(body);
    const q = stmt(a, 'deeply sorry');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.kind, 'direct');
    // The statement runs over ", adding that …" (the whole attributed statement, frame included).
    assert.ok(whole(body, q).endsWith('the company had invested heavily.'), whole(body, q));
    assert.equal(actorOf(a, q), 'Ian McAulay');
    assert.ok(!a.statements.some((x) => x.cue?.text === 'adding'));
    assert.equal(stmt(a, 'it did not go far enough').speaker?.text, 'Campaigners');
    assert.equal(stmt(a, 'welcomed the fine').kind, 'reported');
  });

  it('takes only the quotation after \'said, "Oh," and …\'', () => {
    const a = analyze('As the first pop rang out, Trump said, "Oh," and grabbed his ear as he crouched down.\n');
    assert.deepEqual(
      a.statements.map((x) => [x.kind, x.content.text]),
      [['direct', '"Oh,"']],
    );
  });

  it('reads a trailing ", it said in a statement" as the attribution, and "it" as the firm that was the subject', () => {
    const a = analyze(
      'Vertex shares jumped 8%, said Stacy Rasgon, an analyst at Bernstein. The company also announced a share buyback, it said in a statement.\n',
    );
    const s = a.statements.find((x) => x.cue?.text === 'said' && x.content.text.startsWith('The company'));
    assert.ok(s, JSON.stringify(a.statements.map((x) => [x.cue?.text, x.content.text])));
    assert.equal(s.speaker?.text, 'it');
    assert.equal(s.content.text, 'The company also announced a share buyback');
    assert.equal(a.actors.find((x) => x.name === 'Bernstein')?.kind, 'organization');
  });

  it('lists a quotation of the same speaker\'s second verb without a relay ("told Reuters … but accused …")', () => {
    const a = analyze(
      'A Hamas official told Reuters the group had shown "great flexibility" but accused Israel of stalling.\n',
    );
    assert.ok(
      a.statements.every((x) => x.via.length === 0),
      JSON.stringify(a.statements.map((x) => x.via)),
    );
    assert.equal(stmt(a, '"great flexibility"').kind, 'indirect');
  });

  it('joins ", saying …" to the speech act before it: one indirect statement, its quotation listed inside', () => {
    const body =
      'Prime Minister Keir Starmer promised on Monday to cut waiting lists, saying the health service was "broken but not beaten".\n';
    const a = analyze(body);
    const top = a.statements.filter((x) => x.nestedIn === undefined);
    assert.equal(top.length, 1, JSON.stringify(top.map((x) => [x.kind, x.cue?.text])));
    assert.equal(top[0]!.kind, 'indirect');
    assert.equal(top[0]!.cue?.text, 'promised');
    assert.equal(whole(body, top[0]!), body.trim());
    const q = a.statements.find((x) => x.kind === 'direct');
    assert.equal(q?.content.text, '"broken but not beaten"');
    assert.equal(q?.nestedIn, a.statements.indexOf(top[0]!));
  });

  it('starts a ", stating …" statement at the subject of its main clause when that clause is no statement', () => {
    const body = 'The mayor thanked the volunteers on Sunday, stating the bridge would reopen within a week.\n';
    const s = stmt(analyze(body), 'the bridge would reopen');
    assert.equal(whole(body, s), body.trim());
    assert.equal(s.speaker?.text, 'The mayor');
  });

  it('opens a statement at a fronted adverbial ("After …, X noted that …"), not at a contrast ("While …")', () => {
    const body =
      'After a two-hour meeting in the town hall, Mayor Lena Holt noted that the budget was balanced. While early counts put the turnout at 40 percent, the electoral office later said it had reached 52 percent.\n';
    const a = analyze(body);
    const s = stmt(a, 'the budget was balanced');
    assert.ok(whole(body, s).startsWith('After a two-hour meeting'), whole(body, s));
    const t = stmt(a, 'it had reached 52 percent');
    assert.ok(whole(body, t).startsWith('the electoral office'), whole(body, t));
  });

  it('ends a statement at its quotation when narration follows (\'said, "Stop," and stepped back\')', () => {
    const body = 'As the bell rang, the conductor Ruth Imber said, "Stay seated," and walked to the front.\n';
    const s = stmt(analyze(body), 'Stay seated');
    assert.equal(whole(body, s), 'As the bell rang, the conductor Ruth Imber said, "Stay seated,"');
  });

  it('resolves "he" to the speaker before, after a mention of another person', () => {
    const a = analyze(
      'Antony Blinken met Chinese leaders on Friday. Blinken, speaking after meeting President Xi Jinping, said he had made his position clear. "We have seen evidence," he said.\n',
    );
    const s = stmt(a, 'We have seen evidence');
    assert.equal(actorOf(a, s), 'Antony Blinken');
  });
});

describe('English speakers for a body', () => {
  it('finds "A spokesman for the bureau said …" and gives it to the body "the bureau" names', () => {
    const a = analyze(
      'The Federal Bureau of Investigation opened an inquiry on Monday. A spokesman for the bureau said details would follow.\n' +
        "The bureau's spokeswoman told reporters no arrests had been made.\n",
    );
    const s = stmt(a, 'details would follow');
    assert.equal(s.speaker?.text, 'A spokesman for the bureau');
    assert.equal(actorOf(a, s), 'Federal Bureau of Investigation');
    const t = stmt(a, 'no arrests had been made');
    assert.equal(actorOf(a, t), 'Federal Bureau of Investigation');
  });

  it('finds "The Nordic Space Agency (NSA) said …" with the short form between subject and verb', () => {
    const a = analyze('The Nordic Space Agency (NSA) said its payload was safe.\n');
    const s = stmt(a, 'its payload was safe');
    assert.equal(s.speaker?.text, 'The Nordic Space Agency');
    assert.equal(actorOf(a, s), 'Nordic Space Agency');
  });

  it('finds "Engineers at the company said …" and gives it to the company; "officials at" a body to the body', () => {
    const a = analyze(
      'Nordlicht Aerospace Corp. postponed the launch on Tuesday. Engineers at the company said the problem would be fixed.\n' +
        'The Nordic Space Agency was informed. Officials at the agency said the satellite was undamaged.\n',
    );
    assert.match(actorOf(a, stmt(a, 'the problem would be fixed')) ?? '', /^Nordlicht Aerospace/u);
    assert.equal(actorOf(a, stmt(a, 'the satellite was undamaged')), 'Nordic Space Agency');
  });

  it('finds "A lawyer for the family said …" but gives it to no body: a family is none', () => {
    const a = analyze('The Lorem Foundation opened an inquiry. A lawyer for the family said the port would grow.\n');
    const s = stmt(a, 'the port would grow');
    assert.equal(s.speaker?.text, 'A lawyer for the family');
    assert.equal(s.speaker?.actorId, null);
  });

  it('resolves "the academy" to the body with that word in its name, and "the jury" to the one body that speaks', () => {
    const a = analyze(
      'Two chemists won the Lorem Prize on Tuesday for work on batteries, the jury said.\n' +
        '"Their work changed the field," the Danish Royal Academy of Arts said in a statement.\n' +
        'One of them, a professor at Nordby University, thanked her team. The academy said the prize would be shared.\n' +
        'The jury said the second laureate "built the first working cell."\n',
    );
    for (const fragment of ['work on batteries', 'the prize would be shared', 'built the first working cell'])
      assert.equal(actorOf(a, stmt(a, fragment)), 'Danish Royal Academy of Arts', fragment);
  });

  it('leaves "the jury" unresolved when two bodies speak, and "the academy" when no body has that word', () => {
    const a = analyze(
      'The Lorem Foundation said the prize was the largest yet. Nordby University said it was proud.\n' +
        'The jury said the work "changed the field." The academy said the prize would be shared.\n',
    );
    assert.equal(stmt(a, 'changed the field').speaker?.actorId, null);
    assert.equal(stmt(a, 'the prize would be shared').speaker?.actorId, null);
  });
});

describe('English speakers of a central bank and of regions', () => {
  it('gives "Policymakers" and "the central bank" to the central bank, and types "Policymakers" as no person', () => {
    const a = analyze(
      'The Reserve Bank of Nordland held its key rate on Wednesday. Policymakers said inflation remained too high.\n' +
        'The central bank said it would keep cutting its balance sheet. Officials said the data would decide.\n',
    );
    assert.ok(!a.actors.some((x) => x.name === 'Policymakers'), JSON.stringify(a.actors.map((x) => x.name)));
    assert.equal(actorOf(a, stmt(a, 'inflation remained too high')), 'Reserve Bank of Nordland');
    assert.equal(stmt(a, 'inflation remained too high').speaker?.vague, false);
    assert.equal(actorOf(a, stmt(a, 'keep cutting its balance sheet')), 'Reserve Bank of Nordland');
    assert.equal(stmt(a, 'the data would decide').speaker?.actorId, null);
  });

  it('gives "Policymakers" to the rate-setting body when the article names it, and to no one without a central bank', () => {
    const a = analyze(
      "The European Central Bank cut rates. The ECB's Governing Council met in Frankfurt. Policymakers said more cuts could follow.\n",
    );
    assert.equal(actorOf(a, stmt(a, 'more cuts could follow')), 'Governing Council');
    const b = analyze('Lawmakers debated the budget. Policymakers said more cuts could follow.\n');
    assert.equal(stmt(b, 'more cuts could follow').speaker?.actorId, null);
  });

  it('types "the West" as a place, which speaks; a person named West keeps a name before it', () => {
    const a = analyze('The measures were criticised by the West, which believes the sanctions are not enough.\n');
    assert.equal(a.actors.find((x) => x.name === 'West')?.kind, 'place');
    assert.equal(stmt(a, 'the sanctions are not enough').speaker?.text, 'the West');
    const b = analyze(
      'Senator Anna West said the sanctions were not enough. West told reporters the vote was close.\n',
    );
    assert.equal(b.actors.find((x) => x.name === 'Anna West')?.kind, 'person');
    assert.equal(actorOf(b, stmt(b, 'the vote was close')), 'Anna West');
  });
});

describe('English layout and hedges', () => {
  it('reads the dateline as a place, also with its country ("ANKARA, Turkey (Reuters) -")', () => {
    const a = analyzeArticle(
      'Quake hits Turkey\nANKARA, Turkey (Reuters) - A powerful earthquake struck on Monday, officials said.\n',
      'en.txt',
    );
    assert.equal(a.dateline, 'ANKARA, Turkey');
    assert.equal(a.outlet, 'Reuters');
    assert.equal(a.actors.find((x) => /^ankara$/i.test(x.name))?.kind, 'place');
    assert.equal(a.statements[0]?.content.text, 'A powerful earthquake struck on Monday');
    const b = analyzeArticle(
      'Fed holds rates\nWASHINGTON (Reuters) - The Federal Reserve left rates unchanged.\n',
      'en.txt',
    );
    assert.equal(b.actors.find((x) => /^washington$/i.test(x.name))?.kind, 'place');
  });

  it('reads the dateline after a byline, and leaves a wire trailer out of the text', () => {
    const a = analyzeArticle(
      'Fed holds rates\nBy Howard Schneider and Ann Saphir\nWASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday, Fed Chair Jerome Powell said.\n\nReporting by Howard Schneider; Editing by Andrea Ricci\n',
      'en.txt',
    );
    assert.equal(a.dateline, 'WASHINGTON');
    assert.equal(a.outlet, 'Reuters');
    assert.deepEqual(
      a.statements.map((x) => x.content.text),
      ['The Federal Reserve held rates steady on Wednesday'],
    );
  });

  it('takes the month May for no hedge, and "may" for one', () => {
    const a = analyze(
      'The final will be played on May 25, the association said. The decision may be delayed, officials said.\n',
    );
    assert.equal(stmt(a, 'The final').hedged, false);
    assert.equal(stmt(a, 'The decision').hedged, true);
  });
});

describe('English actors', () => {
  function kinds(a: ArticleAnalysis): Record<string, string> {
    return Object.fromEntries(a.actors.map((x) => [x.name, x.kind]));
  }

  it('gives one id to "Jerome Powell", "Powell", "Mr. Powell" and "Powell\'s"', () => {
    const a = analyze(
      "Chair Jerome Powell spoke on Wednesday. Powell said rates would stay. Mr. Powell's term ends in May.\n",
    );
    const powell = a.actors.filter((x) => x.name.includes('Powell'));
    assert.equal(powell.length, 1);
    assert.equal(powell[0]!.mentions.length, 3);
  });

  it('types firms, platforms, clubs and outlets that read like names', () => {
    const a = analyze(
      'Analysts at Morgan Stanley said sales fell. Trump wrote on Truth Social that he was angry. Manchester United won. Bloomberg News reported the deal. Police said two men were arrested.\n',
    );
    const k = kinds(a);
    assert.equal(k['Morgan Stanley'], 'organization');
    assert.equal(k['Truth Social'], 'organization');
    assert.equal(k['Manchester United'], 'organization');
    assert.equal(k['Bloomberg News'], 'media');
    assert.equal(k['Police'], 'organization');
  });

  it('reads "U.S." before an agency and before a title', () => {
    const a = analyze(
      'The U.S. Geological Survey said the quake was strong. U.S. Energy Secretary Jennifer Granholm said prices would fall.\n',
    );
    const k = kinds(a);
    assert.equal(k['U.S. Geological Survey'], 'organization');
    assert.equal(k['Jennifer Granholm'], 'person');
    assert.ok(!a.actors.some((x) => x.name.startsWith('S.')), JSON.stringify(a.actors.map((x) => x.name)));
    assert.deepEqual(a.actors.find((x) => x.name === 'Jennifer Granholm')?.roles, ['U.S. Energy Secretary']);
  });

  it('keeps capitalised titles out of the names and in the roles', () => {
    const a = analyze(
      'Senate Majority Leader Chuck Schumer spoke. Chief Financial Officer Tom Baker said costs rose. U.S. Secretary of State Antony Blinken told reporters he was concerned. House Speaker Mike Johnson disagreed.\n',
    );
    assert.deepEqual(
      a.actors.filter((x) => x.kind === 'person').map((x) => [x.name, x.roles[0]]),
      [
        ['Chuck Schumer', 'Senate Majority Leader'],
        ['Tom Baker', 'Chief Financial Officer'],
        ['Antony Blinken', 'U.S. Secretary of State'],
        ['Mike Johnson', 'House Speaker'],
      ],
    );
  });

  it('joins a company with its legal form and its short name ("Acme Motors Inc.", "Acme")', () => {
    const a = analyze(
      'Acme Motors Inc. lowered its forecast. Acme Motors said demand was weak. Shares of Acme fell 6%.\n',
    );
    const acme = a.actors.filter((x) => x.name.startsWith('Acme'));
    assert.equal(acme.length, 1);
    assert.equal(acme[0]!.kind, 'organization');
    assert.equal(acme[0]!.mentions.length, 3);
  });

  it('splits a title inside a capitalised run and types counties and coordinated bodies', () => {
    const a = analyze(
      'Palm Beach County Sheriff Ric Bradshaw told reporters the man fled. Butler County district attorney Richard Goldinger said the gunman was dead. The Republican National Convention opens Monday. Buildings fell, Kanal Yildiz television reported.\n',
    );
    const k = kinds(a);
    assert.deepEqual(a.actors.find((x) => x.name === 'Ric Bradshaw')?.roles, ['Palm Beach County Sheriff']);
    assert.equal(k['Butler County'], 'place');
    assert.deepEqual(a.actors.find((x) => x.name === 'Richard Goldinger')?.roles, ['Butler County district attorney']);
    assert.equal(k['Republican National Convention'] ?? k['National Convention'], 'organization');
    assert.equal(k['Kanal Yildiz'], 'media');
  });

  it('reads "NEW YORK - " and "Stockholm, Sweden - " as datelines', () => {
    assert.equal(
      analyzeArticle('Trump safe\nNEW YORK - Former President Donald Trump is safe.\n', 'en.txt').dateline,
      'NEW YORK',
    );
    assert.equal(
      analyzeArticle('Nobel prize\nStockholm, Sweden - John Ashgrove won the prize.\n', 'en.txt').dateline,
      'Stockholm, Sweden',
    );
  });

  it('joins a dateline in capitals with the place, and tells clubs and commodities from places', () => {
    const a = analyzeArticle(
      'Blinken in China\nBEIJING (Reuters) - Officials in Beijing met on Friday. Brent crude rose. Chelsea coach Paolo Conti said his team lost to Arsenal after beating Chelsea rivals.\n',
      'en.txt',
    );
    const beijing = a.actors.filter((x) => x.kind === 'place' && /beijing/i.test(x.name));
    assert.equal(beijing.length, 1);
    assert.equal(beijing[0]!.mentions.length, 2);
    assert.ok(!a.actors.some((x) => x.name === 'Brent'));
    assert.equal(a.actors.find((x) => x.name === 'Chelsea')?.kind, 'organization');
  });

  it('joins organisation names cut in two and drops awards, events and capitalised common words', () => {
    const a = analyze(
      "The pair won the Nobel Prize in Physics, the Swedish Royal Academy of Sciences said. The Federal Bureau of Investigation is investigating. Law enforcement sources said the gunman was dead. Turkey's Disaster and Emergency Management agency said the quake was strong. Canadian-Briton Geoffrey Marlow told reporters he was surprised.\n",
    );
    const names = a.actors.map((x) => x.name);
    assert.ok(names.includes('Swedish Royal Academy of Sciences'), JSON.stringify(names));
    assert.ok(names.includes('Federal Bureau of Investigation'), JSON.stringify(names));
    assert.ok(names.includes('Disaster and Emergency Management'), JSON.stringify(names));
    assert.ok(names.includes('Geoffrey Marlow'), JSON.stringify(names));
    for (const n of ['Nobel Prize', 'Physics', 'Law', 'Sciences']) assert.ok(!names.includes(n), n);
  });

  it('types a name before "pilots\' union" as an organisation, but not a person before "administration"', () => {
    const a = analyze(
      "The Vereinigung Cockpit pilots' union said it would fight. Officials in the Joe Biden administration said they agreed.\n",
    );
    const k = kinds(a);
    assert.equal(k['Vereinigung Cockpit'], 'organization');
    assert.equal(k['Joe Biden'], 'person');
  });

  it('types rivers as places, takes "MP" for a title and cuts a role before its relative clause', () => {
    const a = analyze(
      'Heavy rain caused the River Eden to burst its banks. Local MP John Stevenson said he had asked for funding. Prof James Holloway, a planetary scientist at Imperial College London who was not involved in the study, called the result exciting.\n',
    );
    assert.equal(kinds(a)['River Eden'], 'place');
    assert.deepEqual(a.actors.find((x) => x.name === 'John Stevenson')?.roles, ['Local MP']);
    assert.deepEqual(a.actors.find((x) => x.name === 'James Holloway')?.roles, [
      'planetary scientist at Imperial College London',
    ]);
  });

  it('keeps a nationality that opens an organisation\'s name ("British Medical Association")', () => {
    const a = analyze(
      'A spokesman for the British Medical Association said doctors were worried. The Indian Space Research Organisation (ISRO) published the data.\n',
    );
    const names = a.actors.map((x) => x.name);
    assert.ok(names.includes('British Medical Association'), JSON.stringify(names));
    assert.ok(names.includes('Indian Space Research Organisation'), JSON.stringify(names));
  });

  it('reads "Administrator" as a title before a name ("NSSA Administrator Jane Holm said …")', () => {
    const a = analyze('The launch was postponed. NSSA Administrator Jane Holm said she was confident.\n');
    const holm = a.actors.find((x) => x.name === 'Jane Holm');
    assert.equal(holm?.kind, 'person', JSON.stringify(a.actors.map((x) => x.name)));
    assert.deepEqual(holm?.roles, ['NSSA Administrator']);
    assert.equal(actorOf(a, stmt(a, 'she was confident')), 'Jane Holm');
  });

  it('keeps a nationality before a name that opens with "Royal" and has its head before "of"', () => {
    const a = analyze(
      'The Danish Royal Academy of Arts said the prize would be shared. The Norwegian Research Council agreed.\n',
    );
    const names = a.actors.map((x) => x.name);
    assert.ok(names.includes('Danish Royal Academy of Arts'), JSON.stringify(names));
    assert.ok(!names.includes('Royal Academy of Arts'), JSON.stringify(names));
  });

  it('reads Arabic names with a fused article ("Majed al-Ansari") as one person', () => {
    const a = analyze("Qatar's foreign ministry spokesman, Majed al-Ansari, said the mediators remained optimistic.\n");
    assert.equal(a.actors.find((x) => x.kind === 'person')?.name, 'Majed al-Ansari');
    const s = stmt(a, 'the mediators remained');
    assert.equal(s.speaker?.vague, false);
  });

  it('reads a content clause of a pronoun and its verb ("said she disagreed.") as the statement', () => {
    const a = analyze(
      'The council voted on the plan on Monday. Greta Holmqvist said she disagreed. Her deputy, Tomas Brandt, said he agreed.\n',
    );
    assert.equal(actorOf(a, stmt(a, 'she disagreed')), 'Greta Holmqvist');
    assert.equal(actorOf(a, stmt(a, 'he agreed')), 'Tomas Brandt');
    // A pronoun without a verb after it is no clause.
    const b = analyze('The council voted on the plan on Monday. Greta Holmqvist said it all.\n');
    assert.equal(b.statements.length, 0, JSON.stringify(b.statements.map((x) => x.content.text)));
  });

  it('types a lone unknown name that speaks and is taken up by "the company" as an organisation, not a person', () => {
    const a = analyze(
      'Velantis said on Monday that the launch would be delayed by a week. The company said a sensor had failed.\n',
    );
    assert.equal(kinds(a)['Velantis'], 'organization');
    assert.equal(actorOf(a, stmt(a, 'a sensor had failed')), 'Velantis');
    // Taken up by "he", or with another actor named before "the company", the name stays a person.
    const b = analyze('Okonkwo said on Monday that the launch would be delayed. He said a sensor had failed.\n');
    assert.equal(kinds(b)['Okonkwo'], 'person');
    const c = analyze(
      'Okonkwo said on Monday that the launch would be delayed. Orbitra Systems will build the stage. The company said a sensor had failed.\n',
    );
    assert.equal(kinds(c)['Okonkwo'], 'person');
  });

  it('joins "The State Department" into one organisation', () => {
    const a = analyze('The State Department said the minister would travel on Saturday.\n');
    assert.equal(kinds(a)['State Department'], 'organization');
  });
});

// Saved pages from other domains than politics (a launch, a central bank, a prize), with their date lines, bylines
// and credits: invented fixtures, each asserting the actors and the speakers a reader would expect.
describe('English saved pages from other domains', () => {
  function page(text: string): ArticleAnalysis {
    return analyzeArticle(text, 'page.txt');
  }
  function kindOf(a: ArticleAnalysis, name: string): string | undefined {
    return a.actors.find((x) => x.name === name)?.kind;
  }
  function names(a: ArticleAnalysis): string[] {
    return a.actors.map((x) => x.name);
  }

  const LAUNCH =
    "NASA's crew vehicle returns empty\n" +
    'By Kara Lindgren and Tomas Reyes | Updated: 4:32 PM EST, Sat September 7, 2024\n\n' +
    "CAPE CANAVERAL, Fla. — Norvik Aerospace's Skylark capsule landed in the desert early Saturday without its two astronauts, who stay aboard the International Space Station until February.\n\n" +
    'The spacecraft touched down at Dunmore Space Harbor at 12:01 a.m. EDT (0401 GMT), NASA said.\n\n' +
    'Meanwhile, the Zephyr II mission was delayed to April. Crew-9 will bring the astronauts home aboard a StarFleet Condor capsule. Vega C, a smaller rocket, will fly in May.\n\n' +
    'Orbitron Labs, which builds the small Pico launcher, said its next rocket would fly this year. Orbitron Labs CEO Dana Whitfield said the company was close.\n\n' +
    'According to Roskora, the Soyuz MS-26 spacecraft will launch on Sept. 11. The Halden Space Telescope continues to return images.\n' +
    '(Photo by Joe Raedle/Getty Images)\n';

  it('types capsules, rockets, missions and telescopes as no actors, and sites as places', () => {
    const a = page(LAUNCH);
    const all = names(a);
    for (const n of ['Skylark', 'Condor', 'StarFleet Condor', 'Vega C', 'Vega', 'Halden Space Telescope', 'EST', 'EDT'])
      assert.ok(!all.includes(n), `${n} in ${JSON.stringify(all)}`);
    assert.equal(kindOf(a, 'International Space Station'), 'place');
    assert.equal(kindOf(a, 'Dunmore Space Harbor'), 'place');
    assert.equal(kindOf(a, 'StarFleet'), 'organization');
    assert.equal(kindOf(a, 'NASA'), 'organization');
  });

  it('types a maker before its product or its chief executive, a photo agency and a source of "according to"', () => {
    const a = page(LAUNCH);
    assert.equal(kindOf(a, 'Norvik Aerospace'), 'organization');
    assert.equal(kindOf(a, 'Orbitron Labs'), 'organization');
    assert.equal(kindOf(a, 'Roskora'), 'organization');
    assert.equal(kindOf(a, 'Getty Images'), 'media');
    assert.equal(kindOf(a, 'Dana Whitfield'), 'person');
    assert.equal(kindOf(a, 'Kara Lindgren'), 'person');
    const s = a.statements.find((x) => x.content.text.includes('its next rocket would fly'));
    assert.equal(a.actors.find((x) => x.id === s?.speaker?.actorId)?.name, 'Orbitron Labs');
  });

  it('takes no word of a byline desk or a handle for a person, and keeps a prize committee whole', () => {
    const a = page(
      'Chemistry prize goes to battery pioneers\n' +
        'By Maria Lund, Staff Writer\n' +
        'Entertainment Desk | @MariaLundNews\n\n' +
        'STOCKHOLM (AP) - The Royal Swedish Academy of Sciences awarded the prize to Anna Berg on Wednesday.\n\n' +
        'Heiner Lindqvist, chair of the Nobel Committee for Chemistry, said the laureate had opened a new chapter. The medals are handed out on the anniversary of the death of Alfred Nobel.\n' +
        'The ceremony will be held at Oslo City Hall. The Oscars are in March.\n',
    );
    const all = names(a);
    for (const n of ['Staff', 'Entertainment', 'MariaLundNews', 'Chemistry', 'Oscars'])
      assert.ok(!all.includes(n), `${n} in ${JSON.stringify(all)}`);
    assert.equal(kindOf(a, 'Maria Lund'), 'person');
    assert.equal(kindOf(a, 'Nobel Committee for Chemistry'), 'organization');
    assert.equal(kindOf(a, 'Alfred Nobel'), 'person');
    assert.equal(kindOf(a, 'Oslo City Hall'), 'place');
  });
  it('gives ", saying …" after a dateline to the subject after it, up to its verb ("FRANKFURT (Reuters) - The bank kept …")', () => {
    const a = page(
      'Central bank holds rates steady\nUpdated Jul 3, 2024 10:15 EST\n\n' +
        'FRANKFURT (Reuters) - The Reserve Bank of Eldoria kept its benchmark rate unchanged on Wednesday, saying inflation was easing faster than expected.\n\n' +
        'TOKYO, Jan 24 (Reuters) - The Bank of Nordland raised rates to 0.5 percent on Friday, saying wages were rising.\n',
    );
    const s = a.statements.find((x) => x.content.text.includes('inflation was easing'));
    assert.equal(s?.speaker?.text, 'The Reserve Bank of Eldoria');
    assert.equal(a.actors.find((x) => x.id === s?.speaker?.actorId)?.name, 'Reserve Bank of Eldoria');
    const t = a.statements.find((x) => x.content.text.includes('wages were rising'));
    assert.equal(t?.speaker?.text, 'The Bank of Nordland');
  });

  it('finds the speaker of \'"…," X, head of Y, said in a statement\' and reads "a video posted online" as no speech act', () => {
    const a = page(
      'Rights groups share peace prize\nBy Anna Kowalski, AFP\n\n' +
        '"We are happy to receive this recognition," Oleksandra Marchuk, head of the Center for Civil Liberties, said in a statement.\n\n' +
        'Jeff Bezos congratulated the team. "Today was a huge day for all of us," he said in a video posted online.\n\n' +
        'Dave Limp said in a video posted on social media that the booster had been lost.\n',
    );
    const speakerOf = (frag: string): string | undefined => {
      const s = a.statements.find((x) => x.content.text.includes(frag));
      return a.actors.find((x) => x.id === s?.speaker?.actorId)?.name;
    };
    assert.equal(speakerOf('happy to receive'), 'Oleksandra Marchuk');
    assert.equal(speakerOf('a huge day'), 'Jeff Bezos');
    assert.equal(speakerOf('the booster had been lost'), 'Dave Limp');
    assert.ok(!a.statements.some((x) => x.cue?.text === 'posted'), JSON.stringify(a.statements.map((x) => x.cue)));
    assert.equal(a.statements.filter((x) => x.content.text.includes('a huge day')).length, 1);
  });
  it('resolves "the agency" to the public body named before, not to a company named later, and finds a subject before "that …"', () => {
    const a = page(
      'Lunar lander firm delays mission again\nUpdated Feb 2, 2025, 9:41 PM GMT\nBy Priya Raman, Space Desk\n\n' +
        'HOUSTON — Selenex Robotics announced on Monday that its second lander would launch in March.\n\n' +
        'The capsule touched down at 12:01 a.m. EDT, NASA said. Boeing said in a statement that it would review the data.\n\n' +
        'The crew will fly home in February, the agency said.\n\n' +
        'The committee that oversees the program said in a letter to lawmakers that costs had risen sharply.\n',
    );
    const speakerOf = (frag: string): string | undefined => {
      const s = a.statements.find((x) => x.content.text.includes(frag));
      return a.actors.find((x) => x.id === s?.speaker?.actorId)?.name;
    };
    assert.equal(kindOf(a, 'Selenex Robotics'), 'organization');
    assert.ok(!names(a).includes('Space'), JSON.stringify(names(a)));
    assert.equal(speakerOf('The crew will fly home'), 'NASA');
    const s = a.statements.find((x) => x.content.text.includes('costs had risen sharply'));
    assert.equal(s?.speaker?.text, 'The committee');
  });
  it('reads a press release title and a rate as no actors, a maker before a numbered model, and the author of minutes', () => {
    const a = page(
      'Monetary Policy Statement\nPress release | 6 February 2025\n\n' +
        'The Reserve Bank of Nordland held its key rate on Wednesday. The MPC voted to reduce Bank Rate to 4.5%.\n\n' +
        'Policymakers voted 7-2 to hold rates, according to minutes released by the bank.\n\n' +
        'A StarLift Falcon 9 rocket launched 24 satellites on Friday, according to a StarLift mission description.\n\n' +
        'The Indian Space Research Organisation (ISRO) said its PSLV-C58 rocket would launch on Monday.\n' +
        'Image Source: PTI\n',
    );
    for (const n of ['Monetary Policy Statement', 'Bank Rate', 'StarLift Falcon', 'PSLV-C58', 'Image Source'])
      assert.ok(!names(a).includes(n), `${n} in ${JSON.stringify(names(a))}`);
    assert.equal(kindOf(a, 'StarLift'), 'organization');
    const speakerOf = (frag: string): string | undefined => {
      const s = a.statements.find((x) => x.content.text.includes(frag));
      return a.actors.find((x) => x.id === s?.speaker?.actorId)?.name;
    };
    assert.equal(speakerOf('voted 7-2'), 'Reserve Bank of Nordland');
    assert.equal(speakerOf('launched 24 satellites'), 'StarLift');
  });
  it('reads awards, their categories, quoted titles and a page footer as no actors, and "went to X, who said" as X\'s', () => {
    const a = page(
      'Golden Bear goes to Norwegian drama\nFebruary 22, 2025 9:14 PM GMT+1 Updated 3 hours ago\nBy Hanna Schmidt\n\n' +
        'BERLIN, Feb 22 (Reuters) - Norwegian director Dag Johan Haugerud won the Golden Bear for best film on Saturday.\n\n' +
        'Jury president Todd Haynes praised the film. The Silver Bear went to "The Blue Trail".\n\n' +
        'Best Actress went to Rose Byrne, who said on stage that she was completely stunned.\n\n' +
        'Haugerud went on to say that the film was for young audiences.\n\n' +
        'Our Standards: The Thomson Reuters Trust Principles.\n',
    );
    for (const n of ['Golden Bear', 'Silver Bear', 'Jury', 'Blue Trail', 'Best', 'Best Actress', 'Trust Principles'])
      assert.ok(!names(a).includes(n), `${n} in ${JSON.stringify(names(a))}`);
    assert.equal(kindOf(a, 'Todd Haynes'), 'person');
    const speakerOf = (frag: string): string | undefined => {
      const s = a.statements.find((x) => x.content.text.includes(frag));
      return a.actors.find((x) => x.id === s?.speaker?.actorId)?.name;
    };
    assert.equal(speakerOf('completely stunned'), 'Rose Byrne');
    assert.equal(speakerOf('for young audiences'), 'Dag Johan Haugerud');
  });
  it('gives \'"…," said the governor\'s spokesperson, Eva Lind\' to the person named, with the role without "said"', () => {
    const a = page(
      'Central bank signals patience\n\nThe Reserve Bank of Nordland held rates on Tuesday.\n\n' +
        '"We will not hesitate to act," said Governor Lars Moberg\'s spokesperson, Eva Lind.\n',
    );
    const s = a.statements.find((x) => x.content.text.includes('not hesitate'));
    assert.equal(a.actors.find((x) => x.id === s?.speaker?.actorId)?.name, 'Eva Lind');
    const roles = a.actors.find((x) => x.name === 'Eva Lind')?.roles;
    assert.deepEqual(roles, ["Governor Lars Moberg's spokesperson"]);
  });
  it('takes only names with a given name for people in a heading in title case', () => {
    const a = page(
      'Fed Holds Rates Steady, Signals Patience As Inflation Cools\nUpdated Jul 3, 2024 10:15 EST\n\n' +
        'WASHINGTON (AP) — The Federal Reserve left its key rate unchanged on Wednesday.\n\n' +
        'Key Takeaways From The Press Conference With Sarah Foster\n\n' +
        'Sarah Foster, an analyst at Bankrate, said borrowers should pay down debt.\n',
    );
    for (const n of ['Signals Patience', 'Key Takeaways'])
      assert.ok(!names(a).includes(n), `${n} in ${JSON.stringify(names(a))}`);
    assert.equal(kindOf(a, 'Sarah Foster'), 'person');
    assert.equal(kindOf(a, 'Federal Reserve'), 'organization');
  });
  it('joins a short form in brackets that is no initials to its long name ("Japan Aerospace Exploration Agency (JAXA)")', () => {
    const a = page(
      "Japan's H3 rocket launches navigation satellite\n\n" +
        "TOKYO (Reuters) - Japan's H3 rocket placed a satellite into orbit on Sunday, the Japan Aerospace Exploration Agency (JAXA) said.\n\n" +
        'The rocket lifted off at 5:30 p.m. local time, JAXA said in a livestream.\n',
    );
    const body = a.actors.find((x) => x.name === 'Japan Aerospace Exploration Agency');
    assert.ok(body && body.mentions.some((m) => m.text === 'JAXA'), JSON.stringify(names(a)));
    assert.ok(!names(a).includes('JAXA'), JSON.stringify(names(a)));
    const s = a.statements.find((x) => x.content.text.includes('lifted off'));
    assert.equal(s?.speaker?.actorId, body?.id);
  });
  it('finds "…, Anna Holt, the agency\'s director, said." and "…, the agency\'s director, Anna Holt, said on Tuesday."', () => {
    const a = page(
      'Launch set for March\n\nThe Nordic Space Agency met on Monday.\n\n' +
        "The launch will take place in March, Anna Holt, the agency's director, said.\n\n" +
        "The satellite is healthy, the agency's director, Anna Holt, said on Tuesday.\n\n" +
        'The crew is ready, the director said, adding that the weather looked fine.\n',
    );
    for (const frag of ['take place in March', 'The satellite is healthy']) {
      const s = a.statements.find((x) => x.content.text.includes(frag));
      assert.equal(a.actors.find((x) => x.id === s?.speaker?.actorId)?.name, 'Anna Holt', frag);
      assert.equal(s?.kind, 'indirect');
    }
  });
  it('keeps "New" with a place ("the New Mexico desert") and types "South Carolina" as a place, not a person', () => {
    const a = page(
      'Capsule lands\n\nThe capsule landed in the New Mexico desert early Saturday. It flew over South Carolina before landing.\n',
    );
    assert.equal(kindOf(a, 'New Mexico'), 'place');
    assert.ok(!names(a).includes('Mexico'), JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'South Carolina'), 'place');
  });
  it('reads "Nobel" before a prize as part of the award and "Publisher Hogarth" as the firm', () => {
    const a = page(
      'Nobel literature prize awarded to Han Kang\n\n' +
        'STOCKHOLM — South Korean author Han Kang won the 2024 Nobel Prize in literature on Thursday.\n\n' +
        'Publisher Hogarth said it was reprinting her novels.\n',
    );
    assert.ok(!names(a).includes('Nobel'), JSON.stringify(names(a)));
    assert.ok(!names(a).includes('Publisher Hogarth'), JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Hogarth'), 'organization');
    const s = a.statements.find((x) => x.content.text.includes('reprinting'));
    assert.equal(a.actors.find((x) => x.id === s?.speaker?.actorId)?.name, 'Hogarth');
  });
});

describe('English content after a cue: the "that" of the content itself', () => {
  it('keeps "there was no sign that …" whole, so the claim keeps its negation', () => {
    const a = analyze(
      'Dr Alma Quist, the county health director, said there was no sign so far that anyone had fallen ill. ' +
        'The council said it was clear that the pipes had burst.',
    );
    assert.equal(stmt(a, 'anyone had fallen ill').content.text, 'there was no sign so far that anyone had fallen ill.');
    assert.equal(stmt(a, 'pipes had burst').content.text, 'it was clear that the pipes had burst.');
  });

  it('still starts after a "that" that follows the cue, an addressee or a time', () => {
    const a = analyze(
      'Mayor Tess Arlow told reporters on Monday that the bridge would reopen. ' +
        'The utility said in a statement released by the ministry that supplies were safe.',
    );
    assert.equal(stmt(a, 'bridge would reopen').content.text, 'the bridge would reopen.');
    assert.equal(stmt(a, 'supplies were safe').content.text, 'supplies were safe.');
  });
});

describe('English names of waters and landforms', () => {
  const kindOf = (a: ArticleAnalysis, name: string): string | undefined => a.actors.find((x) => x.name === name)?.kind;

  it('types "Fernwick Reservoir", "Corran Estuary", "Holloway Falls" as places, "Veronica Lake" still a person', () => {
    const a = analyze(
      'Water from Fernwick Reservoir was contaminated, the utility said. Fishing in the Corran Estuary and at ' +
        'Holloway Falls was banned. The actress Veronica Lake was mentioned in an old report.',
    );
    assert.equal(kindOf(a, 'Fernwick Reservoir'), 'place');
    assert.equal(kindOf(a, 'Corran Estuary'), 'place');
    assert.equal(kindOf(a, 'Holloway Falls'), 'place');
    assert.equal(kindOf(a, 'Veronica Lake'), 'person');
  });
});
