// Titles, offices and roles that stand before or beside a person's name (German and English): a generic
// resource. Role heads are matched on the last part of a compound too ("Vize-Außenminister" ends in
// "minister", "Kreml-Sprecher" in "sprecher"), in any inflected form ("Präsidenten", "Ministerin").

/** Forms of address that are part of a name's mention surface ("Herr Lindqvist", "Herrn Park", "Mrs Smith"). */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([
  'Herr',
  'Herrn',
  'Frau',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Miss',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Madame',
  'Monsieur',
  'Mme',
  'Mme.',
]);

/** Academic and honorific prefixes that are not part of the name ("Dr.", "Prof."). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['Dr', 'Dr.', 'Prof', 'Prof.', 'Dipl.-Ing.', 'Mag.', 'St.']);

/** Role nouns (lower case, uninflected). A word is a role when it is one of these or ends in one (compound). */
const ROLE_HEADS_DE = `präsident vizepräsident kanzler vizekanzler minister staatssekretär sprecher regierungssprecher chef staatschef
regierungschef parteichef konzernchef staatsoberhaupt oberhaupt führer machthaber diktator herrscher könig königin kaiser prinz prinzessin fürst
papst bischof kardinal erzbischof pfarrer imam rabbiner scheich emir sultan premier premierminister ministerpräsident bürgermeister oberbürgermeister
landrat gouverneur senator abgeordneter abgeordnete parlamentarier botschafter diplomat gesandter generalsekretär sekretär vorsitzender vorsitzende
direktor direktorin leiter leiterin geschäftsführer manager vorstand vorstandschef aufsichtsratschef gründer inhaber eigentümer analyst analystin
experte expertin ökonom volkswirt forscher forscherin wissenschaftler professor professorin dozent historiker politologe soziologe jurist anwalt
anwältin rechtsanwalt staatsanwalt richter richterin verteidiger ermittler kommissar polizeichef general generalin admiral oberst offizier kommandeur
befehlshaber oberbefehlshaber soldat trainer coach kapitän spieler stürmer torwart sänger sängerin musiker schauspieler schauspielerin regisseur autor
autorin schriftsteller journalist journalistin reporter korrespondent korrespondentin redakteur chefredakteur moderator kolumnist kritiker aktivist
aktivistin demonstrant sprecherin beauftragter beauftragte ombudsmann vertreter vertreterin unterhändler vermittler berater beraterin amtskollege
amtskollegin amtsvorgänger vorgänger nachfolger kandidat kandidatin herausforderer spitzenkandidat fraktionschef fraktionsvorsitzender landeschef
außenminister verteidigungsminister innenminister finanzminister wirtschaftsminister justizminister gesundheitsminister vize-außenminister
bundeskanzler bundeskanzlerin bundespräsident bundesminister bundestagspräsident staatspräsident staatsrat ratspräsident kommissionspräsident
generaldirektor intendant dirigent komponist künstler architekt ingenieur arzt ärztin mediziner virologe epidemiologe pilot astronaut bauer landwirt
unternehmer investor milliardär banker händler ökonomin beamter beamtin funktionär chefin sprecher`;

const ROLE_HEADS_EN = `president vice-president chancellor minister secretary spokesman spokeswoman spokesperson chief head leader ruler dictator king
queen emperor prince princess pope bishop cardinal imam rabbi sheikh emir sultan premier prime-minister mayor governor senator congressman congresswoman
representative lawmaker ambassador diplomat envoy chairman chairwoman chair director manager ceo cfo coo founder owner analyst expert economist
researcher scientist professor historian lawyer attorney prosecutor judge justice investigator commissioner general admiral colonel officer commander
soldier coach captain player striker singer musician actor actress director author writer journalist reporter correspondent editor columnist critic
activist adviser advisor counterpart predecessor successor candidate challenger negotiator official administrator`;

/** German role heads: matched as the last part of compounds too ("Vize-Außenminister", "Kreml-Sprecher"). */
export const ROLE_HEADS_GERMAN: readonly string[] = [...new Set(ROLE_HEADS_DE.split(/\s+/).filter(Boolean))];
/** English role heads: matched as whole words only. */
export const ROLE_HEADS_ENGLISH: readonly string[] = [...new Set(ROLE_HEADS_EN.split(/\s+/).filter(Boolean))];

/**
 * Role heads that stand for "the leader" of a country, so that "das nordkoreanische Staatsoberhaupt" and
 * "der nordkoreanische Staatschef" can be the same person when their adjectives agree.
 */
export const LEADER_HEADS: ReadonlySet<string> = new Set([
  'staatschef',
  'staatsoberhaupt',
  'oberhaupt',
  'führer',
  'machthaber',
  'präsident',
  'staatspräsident',
  'regierungschef',
  'herrscher',
  'diktator',
  'leader',
  'president',
  'ruler',
  'head',
]);

/** Determiners that open a descriptor ("der russische Präsident", "seines russischen Amtskollegen"). */
export const DESCRIPTOR_DETERMINERS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einer einem einen eines sein seine seinem seinen seines seiner ihr ihre ihrem ihren ihres ihrer
  dieser diese dieses diesem diesen the a an his her its their this that`.split(/\s+/),
);

/** A regex matching exactly one of the words, ignoring case (as /^(a|b|…)$/iu would); dots in them are literal. */
function wholeWordOf(words: string): RegExp {
  const alternatives = words.split(/\s+/).filter(Boolean);
  return new RegExp(`^(?:${alternatives.map((w) => w.replace(/\./g, '\\.')).join('|')})$`, 'iu');
}

/** English title nouns that end a role before a name ("Treasury Secretary", "Chelsea coach", "Senate leader"). */
export const ENGLISH_TITLE_NOUN: RegExp = wholeWordOf(`
mp mep msp president minister secretary senator sen. rep. representative governor gov. mayor chancellor leader chair
chairman chairwoman director officer executive spokesman spokeswoman spokesperson judge justice general gen.
commissioner ambassador envoy coach manager captain striker midfielder defender goalkeeper analyst economist lawyer
attorney prosecutor chief king queen prince pope premier adviser advisor official head founder ceo cfo administrator
`);

/** English nouns that head a phrase for a person ("the minister", "the company's spokeswoman", "the Fed chief"). */
export const ENGLISH_PERSON_HEAD: RegExp = wholeWordOf(`
president minister secretary senator governor mayor chancellor leader chair chairman chairwoman director officer
executive spokesman spokeswoman spokesperson judge justice general commissioner ambassador envoy coach manager captain
analyst economist lawyer attorney prosecutor chief king queen prince premier adviser advisor official head founder ceo
cfo sheriff professor lawmaker legislator diplomat aide deputy candidate nominee player striker star actor actress
singer author father mother son daughter wife husband woman man boy girl congressman congresswoman representative mp
`);
