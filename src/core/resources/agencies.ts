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
  'Sana', 'SANA', 'Petra', 'APS', 'MAP', 'TAP', 'NAN', 'KNA', 'Ekathimerini', 'AFP-TV',
];

/** Words that make a name a medium when they head it ("Nachrichtenagentur", "Zeitung", "TV"). */
export const MEDIA_HEADS: readonly string[] = [
  'Nachrichtenagentur', 'Agentur', 'Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Zeitschrift', 'Magazin', 'Nachrichtenmagazin',
  'Sender', 'Fernsehsender', 'Radiosender', 'Rundfunk', 'Staatsfernsehen', 'Staatsmedien', 'Fernsehen', 'Nachrichtensender',
  'Portal', 'Nachrichtenportal', 'Onlineportal', 'Blatt', 'Boulevardblatt',
  'news agency', 'agency', 'newspaper', 'broadcaster', 'magazine', 'network', 'television', 'TV', 'radio', 'tabloid', 'daily',
];
