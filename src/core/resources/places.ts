// Countries, capitals, big cities, regions and continents in German and English, with their exonyms: a
// generic gazetteer, not the places of any article. Each entry is one place: its spellings separated by "|",
// the first being the canonical key used across articles ("Moskau|Moscow" meet under "Moskau").
// Inflected forms ("Russlands", "Moskaus") are found by the caller (genitive -s); multiword names are listed whole.

const COUNTRIES = `Afghanistan|Afghanistan;Ägypten|Egypt;Albanien|Albania;Algerien|Algeria;Andorra;Angola;Argentinien|Argentina;
Armenien|Armenia;Aserbaidschan|Azerbaijan|Aserbaidschans;Äthiopien|Ethiopia;Australien|Australia;Bahrain;Bangladesch|Bangladesh;
Belarus|Weißrussland|Belarus|Byelorussia;Belgien|Belgium;Benin;Bhutan;Bolivien|Bolivia;Bosnien und Herzegowina|Bosnia and Herzegovina|Bosnien|Bosnia;
Botswana;Brasilien|Brazil;Brunei;Bulgarien|Bulgaria;Burkina Faso;Burundi;Chile;China|Volksrepublik China|People's Republic of China;
Costa Rica;Dänemark|Denmark;Deutschland|Germany|Bundesrepublik Deutschland|Bundesrepublik|BRD;DDR|East Germany;Dominikanische Republik|Dominican Republic;
Dschibuti|Djibouti;Ecuador;Elfenbeinküste|Ivory Coast|Côte d'Ivoire;El Salvador;Eritrea;Estland|Estonia;Eswatini;Fidschi|Fiji;Finnland|Finland;
Frankreich|France;Gabun|Gabon;Gambia;Georgien|Georgia;Ghana;Griechenland|Greece;Grönland|Greenland;Großbritannien|Great Britain|Britain|Vereinigtes Königreich|United Kingdom|UK|GB;
Guatemala;Guinea;Guyana;Haiti;Honduras;Indien|India;Indonesien|Indonesia;Irak|Iraq;Iran;Irland|Ireland;Island|Iceland;Israel;Italien|Italy;
Jamaika|Jamaica;Japan;Jemen|Yemen;Jordanien|Jordan;Kambodscha|Cambodia;Kamerun|Cameroon;Kanada|Canada;Kasachstan|Kazakhstan;Katar|Qatar;
Kenia|Kenya;Kirgistan|Kyrgyzstan;Kolumbien|Colombia;Kongo|Congo|Demokratische Republik Kongo|Democratic Republic of the Congo;Kosovo;Kroatien|Croatia;Kuba|Cuba;
Kuwait;Laos;Lettland|Latvia;Libanon|Lebanon;Liberia;Libyen|Libya;Liechtenstein;Litauen|Lithuania;Luxemburg|Luxembourg;Madagaskar|Madagascar;
Malawi;Malaysia;Malediven|Maldives;Mali;Malta;Marokko|Morocco;Mauretanien|Mauritania;Mauritius;Mexiko|Mexico;Moldau|Moldova|Moldawien;Monaco;
Mongolei|Mongolia;Montenegro;Mosambik|Mozambique;Myanmar|Birma|Burma;Namibia;Nepal;Neuseeland|New Zealand;Nicaragua;Niederlande|Netherlands|Holland;
Niger;Nigeria;Nordkorea|North Korea|Demokratische Volksrepublik Korea|Democratic People's Republic of Korea|DVRK|DPRK;Nordmazedonien|North Macedonia|Mazedonien|Macedonia;
Norwegen|Norway;Oman;Österreich|Austria;Osttimor|East Timor;Pakistan;Palästina|Palestine|Palästinensergebiete|Palestinian Territories;Panama;
Papua-Neuguinea|Papua New Guinea;Paraguay;Peru;Philippinen|Philippines;Polen|Poland;Portugal;Ruanda|Rwanda;Rumänien|Romania;Russland|Russia|Russische Föderation|Russian Federation;
Sambia|Zambia;Samoa;San Marino;Saudi-Arabien|Saudi Arabia;Schweden|Sweden;Schweiz|Switzerland;Senegal;Serbien|Serbia;Seychellen|Seychelles;
Sierra Leone;Simbabwe|Zimbabwe;Singapur|Singapore;Slowakei|Slovakia;Slowenien|Slovenia;Somalia;Spanien|Spain;Sri Lanka;Sudan;Südsudan|South Sudan;
Südafrika|South Africa;Südkorea|South Korea|Republik Korea|Republic of Korea;Suriname;Syrien|Syria;Tadschikistan|Tajikistan;Taiwan;Tansania|Tanzania;
Thailand;Togo;Tonga;Trinidad und Tobago|Trinidad and Tobago;Tschad|Chad;Tschechien|Czech Republic|Czechia|Tschechische Republik;Tschechoslowakei|Czechoslovakia;
Tunesien|Tunisia;Türkei|Turkey|Türkiye;Turkmenistan;Uganda;Ukraine;Ungarn|Hungary;Uruguay;Usbekistan|Uzbekistan;Vanuatu;Vatikan|Vatican|Vatikanstadt|Vatican City;
Venezuela;Vereinigte Arabische Emirate|United Arab Emirates|VAE|UAE;USA|Vereinigte Staaten|Vereinigte Staaten von Amerika|United States|United States of America|US|U.S.|Amerika|America;
Vietnam;Zentralafrikanische Republik|Central African Republic;Zypern|Cyprus;Sowjetunion|Soviet Union|UdSSR|USSR;Jugoslawien|Yugoslavia;Korea;Schottland|Scotland;
England;Wales;Nordirland|Northern Ireland;Tibet;Hongkong|Hong Kong;Macau|Macao;Gaza|Gazastreifen|Gaza Strip;Westjordanland|West Bank;Krim|Crimea;Tschetschenien|Chechnya;
Kaschmir|Kashmir;Kurdistan;Donbass|Donbas;Abchasien|Abkhazia;Südossetien|South Ossetia;Transnistrien|Transnistria;Bergkarabach|Nagorno-Karabakh;Puerto Rico`;

const CITIES = `Berlin;Hamburg;München|Munich;Köln|Cologne;Frankfurt|Frankfurt am Main;Stuttgart;Düsseldorf|Dusseldorf;Leipzig;Dortmund;Essen;Bremen;
Dresden;Hannover|Hanover;Nürnberg|Nuremberg;Duisburg;Bochum;Wuppertal;Bielefeld;Bonn;Münster;Mannheim;Karlsruhe;Augsburg;Wiesbaden;Mönchengladbach;
Gelsenkirchen;Aachen;Braunschweig;Kiel;Chemnitz;Halle;Magdeburg;Freiburg;Krefeld;Mainz;Lübeck;Erfurt;Oberhausen;Rostock;Kassel;Hagen;Potsdam;
Saarbrücken;Hamm;Ludwigshafen;Oldenburg;Mülheim;Osnabrück;Leverkusen;Heidelberg;Darmstadt;Solingen;Regensburg;Herne;Paderborn;Neuss;Ingolstadt;
Offenbach;Fürth;Ulm;Heilbronn;Pforzheim;Würzburg;Wolfsburg;Göttingen;Bottrop;Reutlingen;Koblenz;Bremerhaven;Recklinghausen;Bergisch Gladbach;
Erlangen;Jena;Remscheid;Trier;Salzgitter;Moers;Siegen;Hildesheim;Cottbus;Kaiserslautern;Gütersloh;Schwerin;Witten;Gera;Iserlohn;Zwickau;Düren;
Esslingen;Ratingen;Flensburg;Lünen;Villingen-Schwenningen;Konstanz;Marl;Worms;Velbert;Minden;Dessau;Neumünster;Norderstedt;Bamberg;Wilhelmshaven;
Bayreuth;Weimar;Passau;Lüneburg;Wismar;Stralsund;Greifswald;Frankfurt (Oder);Görlitz;Plauen;Fulda;Marburg;Gießen;Tübingen;Ludwigsburg;Baden-Baden;
Wien|Vienna;Graz;Linz;Salzburg;Innsbruck;Klagenfurt;Villach;Wels;St. Pölten;Bregenz;Zürich|Zurich;Genf|Geneva;Basel;Bern;Lausanne;Luzern|Lucerne;
St. Gallen;Lugano;Winterthur;Vaduz;Paris;London;Rom|Rome;Madrid;Barcelona;Lissabon|Lisbon;Porto;Amsterdam;Rotterdam;Den Haag|The Hague;Brüssel|Brussels;
Antwerpen|Antwerp;Kopenhagen|Copenhagen;Stockholm;Oslo;Helsinki;Reykjavík|Reykjavik;Dublin;Edinburgh;Glasgow;Manchester;Liverpool;
Birmingham;Leeds;Belfast;Cardiff;Warschau|Warsaw;Krakau|Kraków|Krakow;Danzig|Gdańsk|Gdansk;Breslau|Wrocław|Wroclaw;Posen|Poznań|Poznan;Stettin|Szczecin;
Prag|Prague;Brünn|Brno;Pressburg|Bratislava;Budapest;Bukarest|Bucharest;Sofia;Belgrad|Belgrade;Zagreb;Ljubljana|Laibach;Sarajevo;Podgorica;Skopje;
Tirana;Athen|Athens;Thessaloniki|Saloniki;Istanbul;Ankara;Izmir;Nikosia|Nicosia;Valletta;Mailand|Milan;Neapel|Naples;Turin|Torino;Venedig|Venice;
Florenz|Florence;Genua|Genoa;Bologna;Palermo;Marseille;Lyon;Toulouse;Nizza|Nice;Straßburg|Strasbourg;Bordeaux;Lille;Sevilla|Seville;Valencia;Bilbao;
Moskau|Moscow|Moskwa;Sankt Petersburg|St. Petersburg|Saint Petersburg|Petersburg|Leningrad;Nowosibirsk|Novosibirsk;Jekaterinburg|Yekaterinburg;
Kasan|Kazan;Nischni Nowgorod|Nizhny Novgorod;Samara;Omsk;Rostow am Don|Rostov-on-Don|Rostow|Rostov;Ufa;Krasnojarsk|Krasnoyarsk;Wolgograd|Volgograd|Stalingrad;
Perm;Woronesch|Voronezh;Saratow|Saratov;Krasnodar;Sotschi|Sochi;Wladiwostok|Vladivostok;Chabarowsk|Khabarovsk;Irkutsk;Jakutsk|Yakutsk;Murmansk;
Kaliningrad|Königsberg;Belgorod;Kursk;Brjansk|Bryansk;Smolensk;Pskow|Pskov;Grosny|Grozny;Sewastopol|Sevastopol;Simferopol;
Kiew|Kyiv|Kiev;Charkiw|Kharkiv|Charkow|Kharkov;Odessa|Odesa;Dnipro|Dnipropetrowsk;Donezk|Donetsk;Luhansk|Lugansk;Saporischschja|Zaporizhzhia|Saporoschje;
Lwiw|Lviv|Lemberg;Mariupol;Cherson|Kherson;Mykolajiw|Mykolaiv;Bachmut|Bakhmut;Awdijiwka|Avdiivka;Sumy;Poltawa|Poltava;Tschernihiw|Chernihiv;Butscha|Bucha;
Minsk;Vilnius|Wilna;Riga;Tallinn|Reval;Chișinău|Chisinau|Kischinau;Tiflis|Tbilisi;Eriwan|Yerevan;Baku;Astana;Almaty|Alma-Ata;Taschkent|Tashkent;
Bischkek|Bishkek;Duschanbe|Dushanbe;Aschgabat|Ashgabat;Ulan Bator|Ulaanbaatar;
Peking|Beijing;Shanghai|Schanghai;Kanton|Guangzhou;Shenzhen;Wuhan;Chengdu;Chongqing;Tianjin;Nanjing|Nanking;Xi'an;Hangzhou;Harbin;Lhasa;
Taipeh|Taipei;Tokio|Tokyo;Osaka;Kyoto;Yokohama;Hiroshima;Nagasaki;Fukushima;Sapporo;Seoul;Busan|Pusan;Incheon;Pjöngjang|Pyongyang;Kaesong;
Panmunjom;Hanoi;Ho-Chi-Minh-Stadt|Ho Chi Minh City|Saigon;Bangkok;Phnom Penh;Vientiane;Rangun|Yangon|Rangoon;Naypyidaw;Kuala Lumpur;Jakarta;Manila;
Neu-Delhi|New Delhi|Delhi;Mumbai|Bombay;Kalkutta|Kolkata|Calcutta;Chennai|Madras;Bangalore|Bengaluru;Karatschi|Karachi;Islamabad;Lahore;
Kabul;Kandahar;Dhaka|Dhaka;Kathmandu;Colombo;Teheran|Tehran;Isfahan;Bagdad|Baghdad;Basra;Mossul|Mosul;Erbil;Damaskus|Damascus;Aleppo;Idlib;Homs;
Beirut;Amman;Jerusalem;Tel Aviv;Haifa;Gaza-Stadt|Gaza City;Rafah;Chan Junis|Khan Younis;Ramallah;Riad|Riyadh;Dschidda|Jeddah;Mekka|Mecca;Medina;
Doha;Dubai;Abu Dhabi;Maskat|Muscat;Sanaa|Sana'a;Aden;Kuwait-Stadt|Kuwait City;Manama;Kairo|Cairo;Alexandria;Tripolis|Tripoli;Bengasi|Benghazi;Tunis;
Algier|Algiers;Rabat;Casablanca;Khartum|Khartoum;Addis Abeba|Addis Ababa;Nairobi;Mogadischu|Mogadishu;Kampala;Kigali;Daressalam|Dar es Salaam;
Lagos;Abuja;Accra;Dakar;Bamako;Niamey;Kinshasa;Luanda;Johannesburg;Kapstadt|Cape Town;Pretoria;Harare;Windhoek;
Washington|Washington, D.C.;New York|New York City;Los Angeles;Chicago;Houston;Philadelphia;Phoenix;San Francisco;San Diego;Dallas;Miami;Boston;
Seattle;Atlanta;Detroit;Las Vegas;New Orleans;Denver;Baltimore;Pittsburgh;Minneapolis;Honolulu;Anchorage;Ottawa;Toronto;Montreal|Montréal;Vancouver;
Québec|Quebec;Mexiko-Stadt|Mexico City;Havanna|Havana;Caracas;Bogotá|Bogota;Lima;Quito;Santiago|Santiago de Chile;Buenos Aires;Montevideo;
Brasília|Brasilia;Rio de Janeiro|Rio;São Paulo|Sao Paulo;La Paz;Asunción;Sydney;Melbourne;Canberra;Brisbane;Perth;Auckland;Wellington;
Davos`;

const REGIONS = `Europa|Europe;Asien|Asia;Afrika|Africa;Nordamerika|North America;Südamerika|South America;Lateinamerika|Latin America;
Mittelamerika|Central America;Australien-Ozeanien|Oceania|Ozeanien;Antarktis|Antarctica;Arktis|Arctic;Eurasien|Eurasia;Nahost|Naher Osten|Middle East|Mittlerer Osten;
Ferner Osten|Far East;Nordostasien|Northeast Asia;Südostasien|Southeast Asia;Ostasien|East Asia;Zentralasien|Central Asia;Südasien|South Asia;
Westeuropa|Western Europe;Osteuropa|Eastern Europe;Mitteleuropa|Central Europe;Südeuropa|Southern Europe;Nordeuropa|Northern Europe;Skandinavien|Scandinavia;
Balkan|Balkans;Baltikum|Baltic States;Kaukasus|Caucasus;Sibirien|Siberia;Nordafrika|North Africa;Westafrika|West Africa;Ostafrika|East Africa;
Sahelzone|Sahel;Karibik|Caribbean;Ostsee|Baltic Sea;Nordsee|North Sea;Mittelmeer|Mediterranean;Schwarzes Meer|Black Sea;Rotes Meer|Red Sea;
Atlantik|Atlantic;Pazifik|Pacific;Indischer Ozean|Indian Ocean;Persischer Golf|Persian Gulf;Golf von Mexiko|Gulf of Mexico;Ärmelkanal|English Channel;
Südchinesisches Meer|South China Sea;Ostchinesisches Meer|East China Sea;Japanisches Meer|Sea of Japan;Gelbes Meer|Yellow Sea;Taiwanstraße|Taiwan Strait;
Koreanische Halbinsel|Korean Peninsula;Arabische Halbinsel|Arabian Peninsula;Sinai;Alpen|Alps;Himalaya;Anden|Andes;Rhein|Rhine;Donau|Danube;Elbe;
Oder;Main;Mosel|Moselle;Wolga|Volga;Bayern|Bavaria;Baden-Württemberg;Nordrhein-Westfalen|North Rhine-Westphalia;Niedersachsen|Lower Saxony;
Hessen|Hesse;Sachsen|Saxony;Sachsen-Anhalt|Saxony-Anhalt;Thüringen|Thuringia;Brandenburg;Mecklenburg-Vorpommern;Schleswig-Holstein;Rheinland-Pfalz|Rhineland-Palatinate;
Saarland;Tirol|Tyrol;Vorarlberg;Kärnten|Carinthia;Steiermark|Styria;Niederösterreich|Lower Austria;Oberösterreich|Upper Austria;Burgenland;Südtirol|South Tyrol;
Ruhrgebiet|Ruhr;Mecklenburg;Vorpommern;Westfalen|Westphalia;Franken|Franconia;Schwaben|Swabia;Harz;Eifel;Allgäu;Bodensee|Lake Constance;Schwarzwald|Black Forest;Lausitz;Erzgebirge;Oberbayern|Upper Bavaria;Rheinland|Rhineland;Pfalz|Palatinate;Süditalien;Norditalien;Ostdeutschland|East Germany;Westdeutschland|West Germany;Süddeutschland;Norddeutschland;Kalifornien|California;Texas;Florida;Alaska;Hawaii;Arizona;Nevada;Ohio;Michigan;Pennsylvania|Pennsylvanien;Virginia;
Massachusetts;Illinois;Oregon;Colorado;Wisconsin;Minnesota;Iowa;
Alabama;Arkansas;Connecticut;Delaware;Idaho;Indiana;Kansas;Kentucky;Louisiana;Maine;Maryland;Mississippi;Missouri;Montana;Nebraska;New Hampshire;New Jersey;New Mexico;North Carolina|Nord-Carolina|Nordcarolina;North Dakota|Nord-Dakota|Norddakota;Oklahoma;Rhode Island;South Carolina|Süd-Carolina|Südcarolina;South Dakota|Süd-Dakota|Süddakota;Tennessee;Utah;Vermont;West Virginia|West-Virginia;Wyoming;Ontario;Manitoba;Saskatchewan;British Columbia|Britisch-Kolumbien;Nova Scotia|Neuschottland;Neufundland|Newfoundland;Bretagne|Brittany;Normandie|Normandy;Provence;Elsass|Alsace;Korsika|Corsica;
Sizilien|Sicily;Sardinien|Sardinia;Toskana|Tuscany;Lombardei|Lombardy;Katalonien|Catalonia;Andalusien|Andalusia;Kanaren|Canary Islands;Mallorca;
Flandern|Flanders;Wallonien|Wallonia;Ostukraine|Eastern Ukraine;Westukraine|Western Ukraine;Südukraine|Southern Ukraine;
Xinjiang;Guangdong;Hokkaido;Okinawa;Kyushu;Jeju;Gyeonggi;Tigray;Darfur;Patagonien|Patagonia;Amazonas|Amazon;
Euroraum|Eurozone|Euro-Zone|Eurogebiet|Euro Area;Westen|the West;Osten|the East`;

/** place spelling -> canonical spelling (the first of its entry). */
/** Name → canonical name, from "canonical|alias|…;…" lists; the first spelling of an entry is its canonical one. */
export function table(...lists: string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) {
    for (const entry of list.split(';')) {
      const names = entry
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
      const canonical = names[0];
      if (!canonical) continue;
      for (const n of names) if (!map.has(n)) map.set(n, canonical);
    }
  }
  return map;
}

/** Every spelling of a country (and of a few territories listed with them), mapped to its canonical spelling. */
export const COUNTRY_SPELLINGS: ReadonlyMap<string, string> = table(COUNTRIES);

/** Every spelling of a known city, mapped to its canonical spelling. */
export const CITY_SPELLINGS: ReadonlyMap<string, string> = table(CITIES);

/** Every spelling of a known place, mapped to its canonical spelling. */
export const PLACES: ReadonlyMap<string, string> = table(COUNTRIES, CITIES, REGIONS);

/** Spellings that are places only when the context says so ("Westen" as "the West", "Main" the river, "Essen" the city). */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set([
  'Westen',
  'Osten',
  'the West',
  'the East',
  'Main',
  'Oder',
  'Essen',
  'Halle',
  'Hamm',
  'Perm',
  'Sana',
  'Nice',
  'Reval',
  'Worms',
  'Marl',
  'Georgia',
  'Jordan',
  'Franken',
  'Pfalz',
  'Harz',
  'Chad',
  'Victoria',
  'Rio',
  'Elbe',
  'Island',
  'Sachsen',
  'Hessen',
  'Holland',
  'Kanton',
  'Amerika',
  'America',
  'US',
]);

/**
 * The abbreviations of US states that news style writes after a town ("Aiken, S.C.", "Ridgecrest, Calif."), with
 * the period, mapped to the state's name. Read only by the English pass, and only after a town and a comma: alone,
 * "Miss.", "Mass." or "Ind." are other words.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    'Ala.|Alabama;Ariz.|Arizona;Ark.|Arkansas;Calif.|California;Colo.|Colorado;Conn.|Connecticut;Del.|Delaware;' +
    'Fla.|Florida;Ga.|Georgia;Ill.|Illinois;Ind.|Indiana;Kan.|Kansas;Kans.|Kansas;Ky.|Kentucky;La.|Louisiana;' +
    'Md.|Maryland;Mass.|Massachusetts;Mich.|Michigan;Minn.|Minnesota;Miss.|Mississippi;Mo.|Missouri;Mont.|Montana;' +
    'Neb.|Nebraska;Nev.|Nevada;N.H.|New Hampshire;N.J.|New Jersey;N.M.|New Mexico;N.Y.|New York;N.C.|North Carolina;' +
    'N.D.|North Dakota;Okla.|Oklahoma;Ore.|Oregon;Pa.|Pennsylvania;R.I.|Rhode Island;S.C.|South Carolina;' +
    'S.D.|South Dakota;Tenn.|Tennessee;Vt.|Vermont;Va.|Virginia;Wash.|Washington;W.Va.|West Virginia;' +
    'Wis.|Wisconsin;Wyo.|Wyoming;D.C.|Washington'
  )
    .split(';')
    .map((e) => e.split('|') as [string, string]),
);
