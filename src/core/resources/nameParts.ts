// Small generic word lists for telling names apart: surname-first name systems, name particles, English
// function words, acronyms that are not names, and endings of place names. None is the name of an article's actor.

/**
 * One syllable of a romanised Chinese (pinyin) or Korean given name: an initial, a vowel group and an optional
 * final ("Jin", "ping", "Min", "jae", "Hyun", "Qiang"). Generic phonotactics, no list of people.
 */
const EAST_ASIAN_SYLLABLE =
  '(?:zh|ch|sh|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|yeo|yae|wae|ang|eng|ing|ong|iao|ian|uai|uan|ai|ao|ei|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|ae|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|oo|ee|a|o|e|i|u)(?:ng|[nklmp])?';
/** A romanised East Asian given name of one to three syllables, hyphenated or not: "Jinping", "Min-jae", "Keqiang". */
export const EAST_ASIAN_GIVEN_NAME = new RegExp(
  `^(?:${EAST_ASIAN_SYLLABLE}){1,3}$|^${EAST_ASIAN_SYLLABLE}-${EAST_ASIAN_SYLLABLE}$`,
  'i',
);

/** Family names that come first in Korean, Chinese and Vietnamese names ("Park Min-jae", "Wang Lihua"). */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `Kim Lee Park Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon
  Chon Ko Moon Mun Yang Son Bae Baek Paek Heo Nam Noh Ri Rhee Yi Pak Ju Woo Kwak Min Jin Chae Won Hyun Ryang Choo Ra Ma Ban Roh Chun
  Xi Li Wang Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan
  Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Wen Hou Bo Qin Mao Kong Bai Cui Qian Tan Hua
  Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly`.split(/\s+/),
);

/** Particles inside personal names ("Ursula von der Leyen", "Vincent van Gogh", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de del della di da dos das du le la ten ter zu vom bin ibn al el abu ben st'.split(' '),
);

/** All-capital words that are not names. */
export const NON_NAME_ACRONYMS: ReadonlySet<string> = new Set(
  `TV CEO CFO COO CTO PKW LKW KFZ DNA RNA USB PC CD DVD SMS GPS WM EM II III IV VI VII VIII IX XI XII OK PR IT KI AI BIP GDP ID PDF FAQ
  HIV AIDS SUV MP MdB MdL AKW KKW NGO NGOs UFO PS KW MW GW KWh KM CO2 U-Bahn S-Bahn ICE IC EC SOS VIP VIPs UKW HD LED LCD TÜV ABC DIN ISO
  ORG PER LOC OTH BC AD AM PM UTC MEZ MESZ OEZ WEZ GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST EET IST JST KST HKT AEST AEDT
  ET PT MT AKST AKDT HST MSK SAST WAT EAT NZST NZDT AWST ACST ACDT ICT WIB SGT PHT PKT WET WEST EEST USD EUR CHF GBP JPY CNY RUB
  ISBN ISSN PMID DOI URL HTML HTTP HTTPS WWW PLZ IBAN BIC PIN TAN MwSt USt FCKW FKW ATP ADP AMP NADH NADPH NADP DNS MRT CT EKG EEG
  KB MB GB TB MHz GHz kV kW PhD MBA BSc MSc GPL LGPL StGB BGB GG ZPO StPO HGB SGB DAX MDAX SDAX TecDAX M2M RA
  EBIT EBITDA CD-ROM ROM RAM CPU GPU LAN WLAN DSL UMTS LTE GSM SIM OS OT`.split(/\s+/),
);

/**
 * Month abbreviations ("Jul", "Sept", "Okt"): before a day's number they are part of a date line ("Updated Jul 12"),
 * never of a name.
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Jan Feb Mar Mär Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez'.split(' '),
);

/**
 * Words of date lines, bylines and page furniture that stand capitalised and are never a name ("Updated", "Web Desk
 * Published", "Related Articles").
 */
export const DATE_LINE_WORDS: ReadonlySet<string> = new Set(
  `Updated Published Posted Modified Edited Aktualisiert Veröffentlicht Erstellt Geändert Desk Newsdesk Newsroom Related Advertisement Sponsored Recommended Trending`.split(
    /\s+/,
  ),
);

/** Currencies and amount abbreviations, capitalised, that are never a name ("55 Euro", "7,4 Mio US-Dollar", "2 Mrd Yen"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  'Euro Dollar US-Dollar Mio Mrd Tsd Yen Yuan Renminbi Rubel Cent Rappen Lira Pesos Rupien Dirham Riyal Zloty Forint Hrywnja'.split(
    ' ',
  ),
);
/** Currencies that are also names ("Franken" is a region, "Real" a club's first word): none right after a number. */
export const CURRENCY_AFTER_NUMBER: ReadonlySet<string> = new Set(
  'Franc Francs Franken Pfund Kronen Krone Peso Real Reais Won Rupie Schekel Lei Dinar'.split(' '),
);

/** Last parts of compounds that are both common nouns and typical ends of place or family names ("Rosenheim", "Bergmann"). */
export const NAME_LIKE_HEADS: readonly string[] =
  `burg berg berge dorf stadt städt heim hausen haus feld felde bach furt land see hof hofen brück brücke brücken
kirchen kirch hagen rode wald tal stein born brunn brunnen werder münde mund hall horst hain wiese wiesen au aue ach bruch eck ecke
mann meier maier mayer meyer huber bauer müller hofer berger kamp kämper hütte garten winkel mark mühle mühlen mauer wall gart tor turm ort weiler wang wangen zell zelle rain schlag roda weide`
    .split(/\s+/)
    .filter(Boolean);

/** English words that start sentences or stand capitalised without being names. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she they we you i me him her them us our your their his my mine yours
  and or but nor so yet for if then than when while where why how what which who whom whose because although though since unless until
  after before during about above below over under into onto from with without within among between through against across along around
  at by in of on off out up down to as is are was were be been being am do does did done have has had having will would shall should can could
  may might must not no yes all any some many much more most few less least each every either neither both other another such only also even
  just still already again ever never always often sometimes perhaps maybe however meanwhile moreover furthermore instead indeed thus hence
  therefore otherwise according despite amid once twice first second third last next new old one two three four five six seven eight nine ten
  mr mrs ms dr prof monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december today yesterday tomorrow tonight said says say told asked added noted wrote reported according`.split(
    /\s+/,
  ),
);

/** Heads that make a following or preceding name a medium ("die Nachrichtenagentur Yonhap", "the newspaper X"). */
export const MEDIA_HEAD_WORDS: readonly string[] =
  `nachrichtenagentur agentur zeitung tageszeitung wochenzeitung zeitschrift magazin nachrichtenmagazin sender
fernsehsender radiosender rundfunk staatsfernsehen fernsehen nachrichtensender portal nachrichtenportal onlineportal blatt boulevardblatt
parteizeitung staatszeitung wirtschaftszeitung onlinemagazin newsportal plattform
agency newspaper broadcaster magazine network television channel tabloid daily outlet`
    .split(/\s+/)
    .filter(Boolean);

/** Heads that make a following name an organisation ("der Geheimdienst CIA", "die Denkfabrik X", "the think tank X"). */
export const ORG_APPOSITION_HEADS: readonly string[] =
  `geheimdienst nachrichtendienst denkfabrik partei organisation konzern unternehmen firma hersteller
autobauer bank versicherer verband verein gewerkschaft behörde ministerium institut universität stiftung miliz gruppe terrormiliz terrorgruppe
rebellengruppe band club klub verlag mannschaft team fluggesellschaft airline netzwerk bündnis
organisation vereinigung genossenschaft label versicherung reederei brauerei produktion ensemble ligist
erdbebenwarte sternwarte wetterwarte katastrophendienst rettungsdienst kurznachrichtendienst wetterdienst
company firm group party organization organisation agency institute university foundation militia band club team carrier`
    .split(/\s+/)
    .filter(Boolean);

/** Geographic heads that make a preceding capitalised adjective part of a place name ("Fernen Osten", "Koreanische Halbinsel"). */
export const GEO_HEADS: ReadonlySet<string> = new Set(
  `Osten Westen Norden Süden Halbinsel Meer See Ozean Golf Küste Gebirge Wald Insel Inseln Kanal Tal Becken Bucht Straße Wüste Alpen
  East West North South Peninsula Sea Ocean Gulf Coast Mountains Island Islands Valley Desert Bay Strait`.split(/\s+/),
);

/** Prepositions after which a bare name is most likely a place ("in Jakutsk", "nach Vietnam", "aus Washington"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in nach aus bei gen nahe nördlich südlich östlich westlich from to in at near'.split(' '),
);

/**
 * Given names the generated list lacks: Russian and Ukrainian names in German and English transliteration,
 * Arabic, Persian, Turkish, Hebrew and other frequent names in the news; German given names of the last century
 * ("Heribert", "Waldemar", "Roswitha", "Jutta").
 */
export const EXTRA_GIVEN_NAMES: readonly string[] =
  `Wladimir Vladimir Dmitri Dmitrij Dmitry Dmitriy Sergej Sergei Sergey Alexej Alexei Alexey Aleksei Andrej Andrei Andrey
Nikolai Nikolaj Michail Mikhail Jewgeni Jewgenij Yevgeny Evgeny Juri Jurij Yuri Boris Igor Oleg Wiktor Viktor Walentina Valentina Wjatscheslaw
Vyacheslav Maxim Maksim Pawel Pavel Anatoli Anatoly Gennadi Gennady Leonid Konstantin Ramsan Ramzan Jelena Yelena Elena Swetlana Svetlana Tatjana
Tatiana Olga Irina Natalja Natalia Marija Maria Julija Yulia Wolodymyr Volodymyr Olena Oleksandr Oleksij Oleksiy Petro Witali Vitali Vitaly
Vitaliy Kyrylo Denys Dmytro Mychajlo Mykhailo Andrij Andriy Ihor Serhij Serhiy Jurij Valerij Valery Valeriy Arseni Arseniy Jermak Roman Ruslan
Alexander Aleksandr Aleksander Anton Ilja Ilya Timur Ramil Achmat Akhmat Kirill Grigori Grigory Fjodor Fyodor Pjotr Pyotr Iwan Ivan
Mohammed Muhammad Mohammad Mohamed Mahmud Mahmoud Ahmed Ahmad Ali Hassan Hussein Husain Omar Umar Abdullah Abdul Abdel Khalid Chalid Walid
Ibrahim Ismail Jussuf Yusuf Youssef Mustafa Recep Tayyip Ekrem Kemal Bashar Baschar Hafis Hafez Nuri Fuad Nabil Riad Riyad Sami Saad Salman
Mahmud Benjamin Jair Yair Naftali Jitzchak Yitzhak Isaac Ehud Avigdor Gideon Benny Itamar Bezalel Yoav Joav Herzi Ismail Hamid Javad Dschawad
Ebrahim Ebrahim Hassan Masoud Massud Narendra Rahul Imran Shehbaz Nawaz Recep Volker Olaf Friedrich Annalena Cem Robert Markus
Avril Kurt Antony Lloyd Jake Kamala Nancy Hillary Condoleezza Madeleine Rex Mike Jens Emmanuel Giorgia Ursula Kaja Josep Charles Rishi Keir Boris
Liz Theresa Justin Jacinda Shinzo Fumio Yoon Moon Jong Tsai Lai Ferdinand Joko Prabowo Anwar Recep Nicolás Jair Luiz Inácio Javier Gustavo
Andrés Cyril Abiy Paul Yoweri Uhuru William Bola Nana Mahamat Félix Denis Abdel Fattah Kais Abdelmadjid Mohammed Tamim Ilham Nikol
Aljaksandr Alexander Swjatlana Sviatlana Maia Salome Giorgi Kassym Shavkat Emomali Serdar Sadyr Ilham Rumen Klaus Ilir Edi Aleksandar
Jürgen Gerd Günter Günther Uwe Hartmut Gerhart Sigmar Annegret Gottlob Lothar Detlef Detlev Dietmar Ulf Knut Winfried Wilfried Siegfried
Eberhard Ekkehard Gunter Gunther Reinhard Reinhold Burkhard Bernd Axel Jörg Sven Dirk Rüdiger Hannelore Gudrun Sieglinde Waltraud Gertrud Edeltraud
Irmgard Ingeborg Hildegard Elfriede Erika Ute Heike Silke Anke Kerstin Doris Bärbel Margot Elke Frauke Kai Malu Hubertus Cem Armin Horst Markus
Milorad Zoran Andrzej Mateusz Donald Viktor Péter Petr Andrej Robert Zuzana Klaus Alain Jean Jean-Luc Jean-Claude Jean-Yves Marie-Luise Hans-Peter
Heribert Waldemar Eckhard Eckart Heiko Helge Ingo Ludger Ottmar Wolfram Holger Jochen Thorsten Nikolaus Götz Wulf Kuno Meinhard Reimund
Gotthard Gotthold Hasso Hinrich Hajo Vinzenz Wendelin Wigand Wunibald Ignaz Gebhard Berthold Diethelm Egbert Friedhelm Gernot Gerold Gisbert
Hartwig Helmuth Herwig Jobst Kunibert Leberecht Meinrad Ortwin Reinold Roderich Siegbert Siegmund Sigismund Ulli Volkmar Walther Wenzel Wieland
Willibald Wolfhard Frieder Gerwin Harro Helmar Henner Hilmar Ingolf Kersten Lüder Okke Rochus Swen Thees Wilko Roswitha Ulrike Beate Hedwig
Jutta Mechthild Adelheid Almut Gerlinde Gitta Heidemarie Irmtraud Traudl Walburga Gunda Gundula Alwine Anneliese Antje Brunhilde Dörte Dorothee
Elfi Erdmute Gesine Gerhild Gertraud Gisa Grete Gretel Heidelinde Helma Hilde Hiltrud Ilka Irmela Isolde Jolanthe Karola Kunigunde Liesel
Notburga Ortrud Rotraut Rotraud Trude Uta Walpurga Wiltrud Aenne Änne Birte Dörthe Eike Gesa Inken Insa Margarethe Sigrun Thekla Waltraut Wilfriede
Karsten Carsten Heiner Hinnerk Hennig Jörn Swantje Momme Broder Tjorven`
    .split(/\s+/)
    .filter(Boolean);

/**
 * German sentence adverbs, particles and indefinite pronouns that open sentences capitalised ("Zuletzt",
 * "Vieles", "Hierzu") and are never a name; the generated function-word list lacks them.
 */
export const DE_SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  `zuletzt zunächst zuvor zuerst fast vieles manches einiges weniges alles hierzu hierbei hierfür hiermit dazu dabei dafür damit
  darauf daraufhin darüber zudem dennoch trotzdem immerhin inzwischen mittlerweile bislang bisher stattdessen jedenfalls
  schließlich letztlich anschließend erstmals erneut knapp nahezu beinahe ebenfalls insgesamt teilweise vorerst demnach
  damals gestern vorgestern übermorgen neulich kürzlich unlängst seither seitdem ohnehin sowieso überhaupt womöglich
  vermutlich offenbar offensichtlich angeblich tatsächlich eigentlich immerzu häufig oftmals mehrfach meistens vielmehr
  andernfalls ansonsten außerdem überdies indes indessen hingegen gleichwohl nichtsdestotrotz ebenso genauso gleichzeitig
  zugleich derweil unterdessen währenddessen vorher nachher danach davor hinterher
  demnächst künftig zukünftig hierzulande übrigens traditionell bekanntlich nebenbei freilich jüngst neuerdings vorab
  zwischenzeitlich zumindest wenigstens keineswegs keinesfalls grundsätzlich generell prinzipiell gewöhnlich normalerweise
  üblicherweise ursprünglich eigens zumal ferner weiterhin nunmehr sodann alsbald tagsüber heuer ebenda andererseits
  einerseits erfreulicherweise bedauerlicherweise glücklicherweise unglücklicherweise überraschenderweise`.split(/\s+/),
);

/**
 * German nouns for things that bear names of their own, not actors: animals ("Elefantenkuh Tamu", "des Mammuts
 * Frieda", "Maskottchen Kalle"), drugs and products ("das Medikament Neurelan"), craft ("die Trägerrakete Kestrel",
 * "Satellit Lumen") and weather systems ("Sturmtief Gunhild"). Lower case; a word ending in one (a compound) counts,
 * "-Mittel" only with its hyphen ("Alzheimer-Mittel"), the short or ambiguous ones only whole (THING_WORDS).
 */
export const THING_HEAD =
  /(?:kuh|kühe|bulle|bullen|kalb|jungtier|elefant|elefanten|elefantin|mammut|mammuts|bär|bären|bärin|löwe|löwen|löwin|giraffe|gorilla|schimpanse|schimpansen|pinguin|pinguins|robbe|seehund|seehunds|delfin|delfins|nashorn|nashorns|flusspferd|flusspferds|nilpferd|nilpferds|zebra|wölfin|dachs|hündin|katze|kater|pferd|pferds|pferdes|hengst|stute|pony|kamel|alpaka|schildkröte|papagei|storch|krokodil|maskottchen|dinosaurier|saurier|panda|pandas|koala|känguru|okapi|faultier|medikament|medikaments|präparat|präparats|arzneimittel|wirkstoff|wirkstoffs|impfstoff|impfstoffs|-mittel|-mittels|rakete|satellit|satelliten|raumsonde|raumschiff|raumkapsel|raumfrachter|rover|smartphone|spielkonsole|fräsmaschine|sturmtief|orkantief|hurrikan|hurrikans|taifun|taifuns|zyklon|zyklons|wirbelsturm|wirbelsturms|tropensturm|tropensturms|containerschiff|kreuzfahrtschiff|frachter|tanker)$/;
/**
 * Such nouns that count only whole: as the end of a compound they end other words ("Modell", "Tief"). Animals that
 * are also names of people ("Tiger Woods", "Wolf", "Fuchs", "Adler") are in neither list.
 */
export const THING_WORDS: ReadonlySet<string> = new Set(
  'tigerin hund hunds esel lama affe affen eule uhu modell app tief schiff schiffs fähre jacht yacht drohne'.split(' '),
);
