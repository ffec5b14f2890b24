// Invented English saved pages of other domains (a central bank's decision, a launch, a court ruling, an award
// ceremony, a company's results, an election count), with date lines, bylines and credits as web pages have them:
// shared by test/unit/englishPages.test.ts. The names are made up.
export const BANK =
  'Central bank raises rates for third time as inflation lingers\n' +
  'By Priya Nandakumar and Colm Feeney | Published: 2:14 PM GMT, Thu March 20, 2025\n' +
  '\n' +
  'WELLINGTON (Reuters) - The Bank of Arvenia raised its main interest rate by a quarter point on Thursday, the third increase this year, and signalled more to come.\n' +
  '\n' +
  'The vote was 7-2: two members of the Monetary Policy Committee preferred to hold rates.\n' +
  '\n' +
  'Policymakers released a statement saying the labour market remained tight and price pressures had not yet eased.\n' +
  '\n' +
  '"We are not done," said Helena Marsh, the bank\'s governor. "Inflation is still too high."\n' +
  '\n' +
  'Marsh told reporters that the committee would watch wage data closely. She and her colleagues expect growth to slow in the second half, she added.\n' +
  '\n' +
  'The Treasury, which believes the rise was premature, sent a letter to the bank last week saying higher borrowing costs would hurt small firms.\n' +
  '\n' +
  'Finance Minister Rohan Adeyemi said the government respected the bank\'s independence. He said the decision was described by some lawmakers as "a blow to homeowners."\n' +
  '\n' +
  'Economists at Kestrel Capital said they now expect rates to peak at 5.25%. They said the bank had little choice.\n' +
  '\n' +
  'The decision came before the Global Finance Forum in Geneva next week.\n' +
  '(Photo: Mark Ellison/Bloomberg)\n';

export const LAUNCH =
  'Rocket carrying weather satellite lifts off after two delays\n' +
  'Updated: 06:40 AM EDT, Tue June 10, 2025 | Science Desk\n' +
  '\n' +
  'KOUROU, French Guiana (AFP) - A Meridian 4 rocket carrying the Aurora-3 weather satellite lifted off on Tuesday after two scrubbed attempts, the European launch firm Stellaris Launch said.\n' +
  '\n' +
  '"Liftoff went perfectly," said Jonas Ekberg, Stellaris Launch\'s chief executive. "We are very proud of the team."\n' +
  '\n' +
  'The satellite will be operated by the European Organisation for Meteorological Satellites (EUMETSAT). Its director, Laura Pichler, told reporters the data would improve storm warnings across the continent.\n' +
  '\n' +
  'NASA Administrator Tom Whitaker congratulated the team on social media. The agency said it would share data from the mission.\n' +
  '\n' +
  'The launch had been postponed twice because of high winds, officials said. Ekberg and his colleagues said the rocket was in excellent shape.\n' +
  '\n' +
  'The Artemis program and the Gateway station were not affected, according to the agency.\n' +
  '\n' +
  'The next flight is scheduled for September, according to Stellaris.\n';

export const COURT =
  'Supreme Court rules against state in voting map case\n' +
  'By Daniel Okafor | Updated 11:02 AM EST Fri Jan 17, 2025\n' +
  '\n' +
  "WASHINGTON (AP) - The Supreme Court ruled 6-3 on Friday that the state's congressional map discriminated against Black voters, ordering lawmakers to draw a new one.\n" +
  '\n' +
  'Writing for the majority, Chief Justice Martin Haldane said the map "cannot stand." Justice Irene Cole wrote in a dissent that the court had overstepped its role.\n' +
  '\n' +
  'The ruling was 6-3: the three liberal justices joined the conservative majority in part.\n' +
  '\n' +
  '"This is a historic day for voters," said Marcus Bell, president of the Voting Rights Alliance.\n' +
  '\n' +
  'State Attorney General Lisa Moreno told reporters she was disappointed. Her office said in a statement that it would comply with the ruling.\n' +
  '\n' +
  'Lawyers for the plaintiffs said the decision would affect elections in at least three other states. They said they would ask for new maps before the November vote.\n' +
  '\n' +
  'The case, Moreno v. Alliance, was argued in October.\n';

export const AWARDS =
  'Veteran director wins top prize at film awards\n' +
  'Entertainment | Published Sun Feb 23, 2025 9:45 PM PST\n' +
  '\n' +
  'LOS ANGELES - Veteran filmmaker Ana Kowalczyk won best director at the Silver Lens Awards on Sunday for her war drama "The Long Winter," set during the Korean War.\n' +
  '\n' +
  '"I share this with every person who worked on this film," Kowalczyk said, accepting the award. "Thank you."\n' +
  '\n' +
  'The awards, presented by the Academy of Screen Arts, went ahead despite the strike by the Writers Guild of America. The academy said in a statement that security had been tightened.\n' +
  '\n' +
  'Best actor went to Samuel Oduya, who said he was "speechless." Oduya, 34, told reporters backstage that he had nearly quit acting.\n' +
  '\n' +
  'The ceremony was hosted by comedian Rita Vance. The Cold War thriller "Red Frontier" won best picture.\n' +
  '\n' +
  'The host, described by critics as the best in years, said she would return next year.\n';

export const RESULTS =
  'Harwell Group profit beats forecasts on cloud demand\n' +
  'By Sofia Brandt | Markets | Updated 8:05 AM ET, Wed Oct 22, 2025\n' +
  '\n' +
  "LONDON (Reuters) - Harwell Group reported a 14% rise in third-quarter profit on Wednesday, beating analysts' forecasts thanks to strong demand for its Nimbus cloud platform.\n" +
  '\n' +
  '"Demand for Nimbus has never been stronger," said Chief Executive Oliver Grant in a statement.\n' +
  '\n' +
  'The company said revenue rose to 4.2 billion pounds. It raised its full-year outlook.\n' +
  '\n' +
  'Chief Financial Officer Mei Tanaka told analysts on a call that costs would rise next year. Shares in Harwell rose 6% in early trading.\n' +
  '\n' +
  'Analysts at Brightwater Securities said the results were "a clean beat." Jefferies analyst Tom Reilly said the outlook looked cautious.\n' +
  '\n' +
  'Harwell, which believes artificial intelligence will drive growth, plans to hire 2,000 engineers, the company said.\n';

export const ELECTION =
  'Opposition leads as count continues in tight election\n' +
  'Updated: 10:20 PM CET, Sun May 11, 2025\n' +
  '\n' +
  'VALMORA (AP) - The opposition Democratic Renewal party led with 41% of the vote on Sunday as counting continued, the national electoral commission said.\n' +
  '\n' +
  'The ruling Progress Party had 37%, according to the commission. Turnout was 68%, it said.\n' +
  '\n' +
  '"The people have spoken," said party leader Elena Varga, addressing supporters in the capital. "Change is coming."\n' +
  '\n' +
  'Prime Minister Viktor Hale conceded nothing. He told reporters the final result would be known on Monday.\n' +
  '\n' +
  'Observers from the Organization for Security and Co-operation in Europe (OSCE) said the vote was largely free. They said some polling stations opened late.\n' +
  '\n' +
  'The Russian leader, Vladimir Orlov, congratulated no one. The Kremlin said it was following the count.\n' +
  '\n' +
  'The election was held a year after the Danube Summit and the signing of the Valmora Accord.\n';

export const FED =
  'Fed leaves rates unchanged, signals two cuts later this year\n' +
  'By Ana Ruiz, Markets Correspondent\n' +
  'Published 3:02 PM ET Wed, Jun 18 2025\n' +
  'Share this article\n' +
  '\n' +
  'WASHINGTON (Reuters) - The Federal Reserve held its benchmark overnight rate steady in a range of 4.25%-4.50% on Wednesday, and policymakers said they still expect to cut rates twice before the end of the year.\n' +
  '\n' +
  'In a statement released after a two-day meeting, the Federal Open Market Committee said uncertainty about the economic outlook had diminished but remained elevated.\n' +
  '\n' +
  '"We\'re well positioned to wait," Fed Chair Daniel Harrow told reporters after the meeting.\n' +
  '\n' +
  'President Mark Dell, who has repeatedly called for lower rates, sent a letter to Harrow last month saying the central bank was "too late." The Fed chief was described by Dell as "a stubborn man."\n' +
  '\n' +
  "Some investors, who believe inflation will rise again, sold bonds. Traders now see a 60% chance of a cut in September, according to CME Group's FedWatch tool.\n" +
  '\n' +
  'Reporting by Ana Ruiz; Editing by Paul Simms\n' +
  'Read more: Fed minutes show split over tariffs\n';

export const TEST_FLIGHT =
  'Rocket explodes minutes after launch; no one hurt\n' +
  'Science | Updated Fri Nov 14 2025, 11:30 AM CST\n' +
  '\n' +
  'BOCA CHICA, Texas, Nov 14 (Reuters) - An uncrewed test rocket built by Orbis Dynamics exploded about four minutes after lifting off from south Texas on Friday, the company said, the second failure this year.\n' +
  '\n' +
  'The Federal Aviation Administration (FAA) said it was investigating the mishap. No injuries were reported, the agency said in a statement.\n' +
  '\n' +
  '"Today\'s test will help us improve," Orbis founder Kyle Brandt wrote on X. He said the next vehicle was almost ready.\n' +
  '\n' +
  'Engineers lost contact with the upper stage shortly after separation, according to a company livestream. Kate Moss, a company engineer, told viewers the team would review the data.\n' +
  '\n' +
  "The mishap forced the FAA to halt flights at Miami International Airport for about an hour. Residents in the Turks and Caicos Islands reported seeing debris, the islands' government said.\n" +
  '\n' +
  'The West, which believes the region is vital for launches, has invested heavily. The European Space Agency declined to comment.\n' +
  '\n' +
  '(Image credit: Orbis Dynamics)\n';

export const PEACE_PRIZE =
  'Nobel Peace Prize awarded to press freedom group\n' +
  'Oslo | Published: Oct 10, 2025, 12:01 PM CEST | Last updated 1 hour ago\n' +
  '\n' +
  'OSLO, Norway (AP) - The Norwegian Nobel Committee awarded the 2025 Nobel Peace Prize on Friday to the Committee to Protect Journalists (CPJ), a New York-based group that defends reporters around the world.\n' +
  '\n' +
  'Committee chair Jorgen Vass said the prize honoured "those who pay with their lives for the truth."\n' +
  '\n' +
  'The group\'s executive director, Maria Ostrova, said she was "overwhelmed." "This belongs to every journalist in prison," she said.\n' +
  '\n' +
  'Kremlin spokesman Ilya Petrov said Moscow had no comment. The Russian leader has in the past dismissed such groups as foreign agents.\n' +
  '\n' +
  'UN Secretary-General Antonio Ferraz congratulated the winners, describing them as "guardians of democracy."\n' +
  '\n' +
  'The prize, worth 11 million Swedish crowns ($1.2 million), will be presented in Oslo on Dec. 10, the anniversary of the death of Alfred Nobel.\n' +
  '\n' +
  'Copyright 2025 The Associated Press. All rights reserved.\n';
