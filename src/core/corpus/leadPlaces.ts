// The country of a place name, for the "different place for the same act" conflict (eventSimilarity.ts
// placesDiffer): countries of the gazetteer (resources/places.ts) as themselves, its cities and regions
// through the table below, a compass prefix on a country ("Nordschweden", "Ostukraine") as that country.
// A place whose country is not known here (a town outside the gazetteer, a sea, a continent) gives none:
// it can never make two reports conflict.
import { AMBIGUOUS_PLACES, COUNTRY_SPELLINGS, PLACES } from '../resources/places';

/**
 * Canonical gazetteer names by the country they lie in: "country: place, place; …". Territories whose
 * reports name either of two sides of one conflict are one area (Israel and the Palestinian territories), so
 * that two reports of one event from either side stay compatible.
 */
const IN_COUNTRY = `
Deutschland: DDR, Berlin, Hamburg, München, Köln, Frankfurt, Stuttgart, Düsseldorf, Leipzig, Dortmund, Bremen, Dresden,
Hannover, Nürnberg, Duisburg, Bochum, Wuppertal, Bielefeld, Bonn, Münster, Mannheim, Karlsruhe, Augsburg, Wiesbaden,
Mönchengladbach, Gelsenkirchen, Aachen, Braunschweig, Kiel, Chemnitz, Magdeburg, Freiburg, Krefeld, Mainz, Lübeck,
Erfurt, Oberhausen, Rostock, Kassel, Hagen, Potsdam, Saarbrücken, Ludwigshafen, Oldenburg, Mülheim, Osnabrück,
Leverkusen, Heidelberg, Darmstadt, Solingen, Regensburg, Herne, Paderborn, Neuss, Ingolstadt, Offenbach, Fürth, Ulm,
Heilbronn, Pforzheim, Würzburg, Wolfsburg, Göttingen, Bottrop, Reutlingen, Koblenz, Bremerhaven, Recklinghausen,
Bergisch Gladbach, Erlangen, Jena, Remscheid, Trier, Salzgitter, Moers, Siegen, Hildesheim, Cottbus, Kaiserslautern,
Gütersloh, Schwerin, Witten, Gera, Iserlohn, Zwickau, Düren, Esslingen, Ratingen, Flensburg, Lünen,
Villingen-Schwenningen, Konstanz, Velbert, Minden, Dessau, Neumünster, Norderstedt, Bamberg, Wilhelmshaven, Bayreuth,
Weimar, Passau, Lüneburg, Wismar, Stralsund, Greifswald, Frankfurt (Oder), Görlitz, Plauen, Fulda, Marburg, Gießen,
Tübingen, Ludwigsburg, Baden-Baden, Bayern, Baden-Württemberg, Nordrhein-Westfalen, Niedersachsen, Hessen, Sachsen,
Sachsen-Anhalt, Thüringen, Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein, Rheinland-Pfalz, Saarland,
Ruhrgebiet, Mecklenburg, Vorpommern, Westfalen, Schwaben, Harz, Eifel, Allgäu, Schwarzwald, Lausitz, Erzgebirge,
Oberbayern, Rheinland, Ostdeutschland, Westdeutschland, Süddeutschland, Norddeutschland;
Österreich: Wien, Graz, Linz, Salzburg, Innsbruck, Klagenfurt, Villach, Wels, St. Pölten, Bregenz, Tirol, Vorarlberg,
Kärnten, Steiermark, Niederösterreich, Oberösterreich, Burgenland;
Schweiz: Zürich, Genf, Basel, Bern, Lausanne, Luzern, St. Gallen, Lugano, Winterthur, Davos;
Liechtenstein: Vaduz;
Frankreich: Paris, Marseille, Lyon, Toulouse, Straßburg, Bordeaux, Lille, Bretagne, Normandie, Provence, Elsass, Korsika;
Großbritannien: London, Edinburgh, Glasgow, Manchester, Liverpool, Birmingham, Leeds, Belfast, Cardiff, England,
Schottland, Wales, Nordirland;
Italien: Rom, Mailand, Neapel, Turin, Venedig, Florenz, Genua, Bologna, Palermo, Sizilien, Sardinien, Toskana,
Lombardei, Südtirol, Süditalien, Norditalien;
Spanien: Madrid, Barcelona, Sevilla, Valencia, Bilbao, Katalonien, Andalusien, Kanaren, Mallorca;
Portugal: Lissabon, Porto;
Niederlande: Amsterdam, Rotterdam, Den Haag;
Belgien: Brüssel, Antwerpen, Flandern, Wallonien;
Dänemark: Kopenhagen;
Schweden: Stockholm;
Norwegen: Oslo;
Finnland: Helsinki;
Island: Reykjavík;
Irland: Dublin;
Polen: Warschau, Krakau, Danzig, Breslau, Posen, Stettin;
Tschechien: Prag, Brünn;
Slowakei: Pressburg;
Ungarn: Budapest;
Rumänien: Bukarest;
Bulgarien: Sofia;
Serbien: Belgrad;
Kroatien: Zagreb;
Slowenien: Ljubljana;
Bosnien und Herzegowina: Sarajevo;
Montenegro: Podgorica;
Nordmazedonien: Skopje;
Albanien: Tirana;
Griechenland: Athen, Thessaloniki;
Türkei: Istanbul, Ankara, Izmir;
Zypern: Nikosia;
Malta: Valletta;
Russland: Moskau, Sankt Petersburg, Nowosibirsk, Jekaterinburg, Kasan, Nischni Nowgorod, Samara, Omsk, Rostow am Don,
Ufa, Krasnojarsk, Wolgograd, Woronesch, Saratow, Krasnodar, Sotschi, Wladiwostok, Chabarowsk, Irkutsk, Jakutsk,
Murmansk, Kaliningrad, Belgorod, Kursk, Brjansk, Smolensk, Pskow, Grosny, Sibirien, Tschetschenien;
Ukraine: Kiew, Charkiw, Odessa, Dnipro, Donezk, Luhansk, Saporischschja, Lwiw, Mariupol, Cherson, Mykolajiw, Bachmut,
Awdijiwka, Sumy, Poltawa, Tschernihiw, Butscha, Sewastopol, Simferopol, Krim, Donbass, Ostukraine, Westukraine,
Südukraine;
Belarus: Minsk;
Litauen: Vilnius;
Lettland: Riga;
Estland: Tallinn;
Moldau: Chișinău, Transnistrien;
Georgien: Tiflis, Abchasien, Südossetien;
Armenien: Eriwan;
Aserbaidschan: Baku;
Kasachstan: Astana, Almaty;
Usbekistan: Taschkent;
Kirgistan: Bischkek;
Tadschikistan: Duschanbe;
Turkmenistan: Aschgabat;
Mongolei: Ulan Bator;
China: Peking, Shanghai, Kanton, Shenzhen, Wuhan, Chengdu, Chongqing, Tianjin, Nanjing, Xi'an, Hangzhou, Harbin, Lhasa,
Tibet, Hongkong, Macau, Xinjiang, Guangdong;
Taiwan: Taipeh;
Japan: Tokio, Osaka, Kyoto, Yokohama, Hiroshima, Nagasaki, Fukushima, Sapporo, Hokkaido, Okinawa, Kyushu;
Südkorea: Seoul, Busan, Incheon, Jeju, Gyeonggi;
Nordkorea: Pjöngjang, Kaesong;
Vietnam: Hanoi, Ho-Chi-Minh-Stadt;
Thailand: Bangkok;
Kambodscha: Phnom Penh;
Laos: Vientiane;
Myanmar: Rangun, Naypyidaw;
Malaysia: Kuala Lumpur;
Indonesien: Jakarta;
Philippinen: Manila;
Indien: Neu-Delhi, Mumbai, Kalkutta, Chennai, Bangalore;
Pakistan: Karatschi, Islamabad, Lahore;
Afghanistan: Kabul, Kandahar;
Bangladesch: Dhaka;
Nepal: Kathmandu;
Sri Lanka: Colombo;
Iran: Teheran, Isfahan;
Irak: Bagdad, Basra, Mossul, Erbil;
Syrien: Damaskus, Aleppo, Idlib, Homs;
Libanon: Beirut;
Jordanien: Amman;
Israel: Jerusalem, Tel Aviv, Haifa, Gaza-Stadt, Rafah, Chan Junis, Ramallah, Palästina, Gaza, Westjordanland;
Saudi-Arabien: Riad, Dschidda, Mekka, Medina;
Katar: Doha;
Vereinigte Arabische Emirate: Dubai, Abu Dhabi;
Oman: Maskat;
Jemen: Sanaa, Aden;
Kuwait: Kuwait-Stadt;
Bahrain: Manama;
Ägypten: Kairo, Alexandria, Sinai;
Libyen: Tripolis, Bengasi;
Tunesien: Tunis;
Algerien: Algier;
Marokko: Rabat, Casablanca;
Sudan: Khartum, Darfur;
Äthiopien: Addis Abeba, Tigray;
Kenia: Nairobi;
Somalia: Mogadischu;
Uganda: Kampala;
Ruanda: Kigali;
Tansania: Daressalam;
Nigeria: Lagos, Abuja;
Ghana: Accra;
Senegal: Dakar;
Mali: Bamako;
Niger: Niamey;
Angola: Luanda;
Südafrika: Johannesburg, Kapstadt, Pretoria;
Simbabwe: Harare;
Namibia: Windhoek;
USA: Washington, New York, Los Angeles, Chicago, Houston, Philadelphia, Phoenix, San Francisco, San Diego, Dallas,
Miami, Boston, Seattle, Atlanta, Detroit, Las Vegas, New Orleans, Denver, Baltimore, Pittsburgh, Minneapolis,
Honolulu, Anchorage, Kalifornien, Texas, Florida, Alaska, Massachusetts, Illinois, Oregon, Colorado, Wisconsin,
Minnesota, Iowa, Puerto Rico;
Kanada: Ottawa, Toronto, Montreal, Vancouver, Québec;
Mexiko: Mexiko-Stadt;
Kuba: Havanna;
Venezuela: Caracas;
Kolumbien: Bogotá;
Peru: Lima;
Ecuador: Quito;
Chile: Santiago;
Argentinien: Buenos Aires;
Uruguay: Montevideo;
Brasilien: Brasília, Rio de Janeiro, São Paulo;
Bolivien: La Paz;
Paraguay: Asunción;
Australien: Sydney, Melbourne, Canberra, Brisbane, Perth;
Neuseeland: Auckland, Wellington`;

/** Canonical gazetteer name -> the canonical name of its country. */
export const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const entry of IN_COUNTRY.split(';')) {
    const colon = entry.indexOf(':');
    const country = entry.slice(0, colon).trim();
    for (const p of entry.slice(colon + 1).split(',')) if (p.trim()) m.set(p.replace(/\s+/g, ' ').trim(), country);
  }
  return m;
})();

/** Gazetteer entries that span, or lay in, more than one of today's countries: no country of their own. */
const NOT_ONE_COUNTRY: ReadonlySet<string> = new Set([
  'Korea',
  'Kaschmir',
  'Kurdistan',
  'Bergkarabach',
  'Sowjetunion',
  'Jugoslawien',
  'Tschechoslowakei',
]);

/** The prefixes that make a part of a country ("Nordschweden", "Südchina"). */
const COMPASS = /^(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral|Mittel)(\p{L})(\p{L}+)$/u;

/**
 * The country a place inside a country lies in (a city, a region: "Ottawa", "Ostukraine"), or null: a country's own
 * name, or a place countryOfPlace does not know. Where a report says its act happened (sitesDiffer).
 */
export function countryOfSite(name: string): string | null {
  return COUNTRY_SPELLINGS.has(name) ? null : countryOfPlace(name);
}

/**
 * The country a place name lies in (its canonical gazetteer name), or null: not a known place, a place that is
 * ambiguous out of context ("Essen", "Georgia"), or one that is not in a single country.
 */
export function countryOfPlace(name: string): string | null {
  if (AMBIGUOUS_PLACES.has(name)) return null;
  const country = COUNTRY_SPELLINGS.get(name);
  const canonical = country ?? PLACES.get(name);
  if (canonical !== undefined && NOT_ONE_COUNTRY.has(canonical)) return null;
  if (canonical !== undefined) return COUNTRY_OF.get(canonical) ?? (country !== undefined ? country : null);
  const m = COMPASS.exec(name);
  if (m) {
    const inner = COUNTRY_SPELLINGS.get(m[1]!.toUpperCase() + m[2]!);
    if (inner !== undefined) return COUNTRY_OF.get(inner) ?? inner;
  }
  return null;
}
