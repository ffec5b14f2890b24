// The class of news agencies and wire services (a generic resource: the world's agencies, not the names of
// any particular article). Used to tell media from other organisations, and to read credit lines.
export const NEWS_AGENCIES: readonly string[] = [
  'dpa', 'dpa-AFX', 'AFX', 'AFP', 'AP', 'Associated Press', 'Reuters', 'Thomson Reuters', 'Bloomberg', 'KNA', 'epd',
  'APA', 'SDA', 'Keystone-SDA', 'ANSA', 'EFE', 'Europa Press', 'Xinhua', 'TASS', 'Tass', 'ITAR-TASS', 'RIA Novosti',
  'RIA', 'Interfax', 'Sputnik', 'Ukrinform', 'UNIAN', 'PAP', 'ČTK', 'CTK', 'MTI', 'BTA', 'Agerpres', 'HINA', 'Tanjug',
  'ANA-MPA', 'Anadolu', 'Anadolu Ajansı', 'IRNA', 'ISNA', 'Fars', 'Tasnim', 'WAFA', 'MENA', 'SPA', 'WAM', 'QNA', 'KUNA',
  'PTI', 'IANS', 'ANI', 'Kyodo', 'Jiji', 'Yonhap', 'KCNA', 'KCTV', 'CNA', 'Antara', 'Bernama', 'PNA', 'VNA', 'AAP',
  'CP', 'Canadian Press', 'UPI', 'dts', 'DTS', 'ddp', 'AP-Dow Jones', 'Dow Jones', 'Belga', 'ANP', 'NTB', 'TT', 'STT',
  'Ritzau', 'Lusa', 'Agência Brasil', 'Notimex', 'Télam', 'Prensa Latina', 'AzerTag', 'Kazinform', 'BelTA', 'Armenpress',
  'Sana', 'SANA', 'Petra', 'APS', 'MAP', 'TAP', 'NAN', 'KNA', 'Ekathimerini', 'AFP-TV', 'ots', 'APA-OTS', 'pte', 'sid', 'SID',
];

/** Words that make a name a medium when they head it ("Nachrichtenagentur", "Zeitung", "TV"). */
export const MEDIA_HEADS: readonly string[] = [
  'Nachrichtenagentur', 'Agentur', 'Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Zeitschrift', 'Magazin', 'Nachrichtenmagazin',
  'Sender', 'Fernsehsender', 'Radiosender', 'Rundfunk', 'Staatsfernsehen', 'Staatsmedien', 'Fernsehen', 'Nachrichtensender',
  'Portal', 'Nachrichtenportal', 'Onlineportal', 'Blatt', 'Boulevardblatt',
  'news agency', 'agency', 'newspaper', 'broadcaster', 'magazine', 'network', 'television', 'TV', 'radio', 'tabloid', 'daily',
];

/** Major newspapers, broadcasters and magazines (the class of big outlets, German and international). */
export const MAJOR_OUTLETS: readonly string[] = [
  'Spiegel', 'Der Spiegel', 'Spiegel Online', 'Zeit', 'Die Zeit', 'Zeit Online', 'FAZ', 'Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung',
  'Süddeutsche', 'Süddeutsche Zeitung', 'SZ', 'Bild', 'Bild am Sonntag', 'Welt', 'Die Welt', 'Welt am Sonntag', 'taz', 'Handelsblatt', 'Focus', 'Stern',
  'Tagesspiegel', 'Der Tagesspiegel', 'Berliner Zeitung', 'Frankfurter Rundschau', 'Neue Zürcher Zeitung', 'NZZ', 'Der Standard', 'Die Presse', 'Kurier',
  'Kronen Zeitung', 'Krone', 'ARD', 'ZDF', 'ORF', 'SRF', 'Deutschlandfunk', 'Deutsche Welle', 'DW', 'RTL', 'n-tv', 'ntv', 'Tagesschau', 'heute-journal',
  'BBC', 'CNN', 'Fox News', 'NBC', 'CBS', 'ABC', 'MSNBC', 'NPR', 'PBS', 'Al Jazeera', 'Al-Dschasira', 'Euronews', 'Sky News', 'RT', 'Russia Today',
  'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal', 'The Wall Street Journal', 'USA Today',
  'Los Angeles Times', 'Financial Times', 'The Guardian', 'Guardian', 'The Times', 'The Telegraph', 'Daily Telegraph', 'The Independent', 'The Economist',
  'Economist', 'Politico', 'Axios', 'The Atlantic', 'Le Monde', 'Le Figaro', 'Libération', 'El País', 'El Mundo', 'La Repubblica', 'Corriere della Sera',
  'Asahi Shimbun', 'Yomiuri Shimbun', 'Nikkei', 'South China Morning Post', 'Global Times', 'Prawda', 'Iswestija', 'Kommersant', 'Nowaja Gaseta',
  'Time', 'Newsweek', 'Forbes', 'Business Insider', 'Huffington Post', 'Reuters TV',
];
