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

// Round two: nine more invented saved pages of domains the pages above do not cover, each with what a reader expects
// of it: every actor the page names (a name as written and its kind) and every attributed statement (a fragment of
// its content and its speaker as written, null for an anonymous source). Written and scored before any rule was
// changed for them; englishPages.test.ts counts the errors the analysis makes on them.
export interface ExpectedPage {
  name: string;
  text: string;
  actors: [string, 'person' | 'organization' | 'media' | 'place'][];
  statements: [string, string | null][];
  /** names a reader would accept either way (a planet, a product): neither missed nor false */
  optional?: string[];
}

export const SENTENCING: ExpectedPage = {
  name: 'sentencing',
  text:
    'Former mayor sentenced to six years for taking bribes\n' +
    'By Nadia Ferreira and Tomasz Wielgus | Updated 3:14 PM EST, Tue March 4, 2025\n' +
    'Former Hartsville mayor Gregor Stanic leaves the federal courthouse on Tuesday. Photo: Reuters/Owen Latimer\n' +
    '\n' +
    'CLEVELAND (AP) - A former mayor of Hartsville, Ohio, was sentenced on Tuesday to six years in prison for taking bribes from developers in exchange for city contracts.\n' +
    '\n' +
    'U.S. District Judge Alma Quintero said Stanic had "betrayed the people who trusted him." Stanic, 58, showed no emotion as the sentence was read.\n' +
    '\n' +
    '"Today\'s sentence sends a clear message to anyone who sells a public office," U.S. Attorney Rafael Duarte said in a statement.\n' +
    '\n' +
    'The city lost about $3 million in the scheme, according to the Justice Department. It said two developers had pleaded guilty and were awaiting sentencing.\n' +
    '\n' +
    "Stanic's lawyer, Beatrice Lowell, told reporters her client would appeal. She said the sentence was far harsher than those in similar cases.\n" +
    '\n' +
    'Ohio Governor Dana Whitcombe called the case a disgrace. Her office said the state would review every contract signed under Stanic.\n' +
    '\n' +
    'Stanic was quoted by the Hartsville Courier as saying last year that he had "nothing to hide."\n' +
    '\n' +
    'Read more: How a small-town scandal reached the federal courts\n',
  actors: [
    ['Nadia Ferreira', 'person'],
    ['Tomasz Wielgus', 'person'],
    ['Hartsville', 'place'],
    ['Gregor Stanic', 'person'],
    ['Reuters', 'media'],
    ['Owen Latimer', 'person'],
    ['Cleveland', 'place'],
    ['AP', 'media'],
    ['Ohio', 'place'],
    ['U.S.', 'place'],
    ['Alma Quintero', 'person'],
    ['Rafael Duarte', 'person'],
    ['Justice Department', 'organization'],
    ['Beatrice Lowell', 'person'],
    ['Dana Whitcombe', 'person'],
    ['Hartsville Courier', 'media'],
  ],
  statements: [
    ['betrayed the people who trusted him', 'Alma Quintero'],
    ["Today's sentence sends a clear message", 'Rafael Duarte'],
    ['The city lost about $3 million', 'Justice Department'],
    ['two developers had pleaded guilty', 'Justice Department'],
    ['her client would appeal', 'Beatrice Lowell'],
    ['the sentence was far harsher', 'Beatrice Lowell'],
    ['the state would review every contract', 'Dana Whitcombe'],
    ['nothing to hide', 'Gregor Stanic'],
  ],
};

export const ORBITER: ExpectedPage = {
  name: 'orbiter',
  text:
    'Mars orbiter enters safe mode after software fault, agency says\n' +
    'Science | Updated: 09:12 AM GMT, Wed April 16, 2025\n' +
    'Newsletter: Sign up for our weekly space briefing\n' +
    '\n' +
    'DARMSTADT, Germany (Reuters) - The Halcyon orbiter circling Mars switched itself into safe mode on Tuesday after a software fault, the European Space Agency said.\n' +
    '\n' +
    'Flight director Ingrid Solberg told reporters the spacecraft was stable and in contact with ground stations. "We have seen this before and we know what to do," she said.\n' +
    '\n' +
    'The fault was traced to a memory error, according to an agency update. It said engineers expected to resume science operations within a week.\n' +
    '\n' +
    'Hamid Rostami, who leads the camera team at the University of Leeds, said the pause would cost "a few days of pictures, nothing more."\n' +
    '\n' +
    'A person familiar with the matter said the agency had briefly considered switching off one of the instruments.\n' +
    '\n' +
    'NASA, which operates two rovers on the surface, said in a statement that its own orbiters would relay their data in the meantime.\n' +
    '\n' +
    "The mission team posted an update on X saying the orbiter's batteries were fully charged.\n" +
    '\n' +
    'Read more: Why Mars missions keep losing contact\n',
  actors: [
    ['Darmstadt', 'place'],
    ['Germany', 'place'],
    ['Reuters', 'media'],
    ['European Space Agency', 'organization'],
    ['Ingrid Solberg', 'person'],
    ['Hamid Rostami', 'person'],
    ['University of Leeds', 'organization'],
    ['NASA', 'organization'],
  ],
  statements: [
    ['The Halcyon orbiter circling Mars switched itself into safe mode', 'European Space Agency'],
    ['the spacecraft was stable', 'Ingrid Solberg'],
    ['We have seen this before', 'Ingrid Solberg'],
    ['The fault was traced to a memory error', 'European Space Agency'],
    ['engineers expected to resume science operations', 'European Space Agency'],
    ['the pause would cost', 'Hamid Rostami'],
    ['the agency had briefly considered', null],
    ['its own orbiters would relay their data', 'NASA'],
    ["the orbiter's batteries were fully charged", null],
  ],
  optional: ['Mars'],
};

export const TRANSFER: ExpectedPage = {
  name: 'transfer',
  text:
    'Castellar sign Asante from Northbridge in club-record deal\n' +
    'By Hugo Marchetti and Erin Doyle | Sport | Updated 6:40 PM BST, Mon Sept 1, 2025\n' +
    'Photo: Getty Images/Paul Weir\n' +
    '\n' +
    'Real Castellar have signed striker Kwame Asante from Northbridge United for a club-record fee of 95 million euros, both clubs said on Monday.\n' +
    '\n' +
    'Asante, 24, signed a five-year contract. "This is a dream come true," he told the club\'s website.\n' +
    '\n' +
    'Castellar coach Sergio Baldini said the forward "gives us something we did not have." Northbridge manager Owen Pryce wrote on X that he wished Asante well.\n' +
    '\n' +
    'The fee could rise to 110 million euros with bonuses, a person familiar with the matter said.\n' +
    '\n' +
    "Northbridge United said in a statement that the money would be reinvested in the squad. The club's owner, Caldwell Sports Group, said in a filing that the sale would lift its annual profit.\n" +
    '\n' +
    '"He was our best player," said Maggie Rourke, 61, a season-ticket holder for four decades.\n' +
    '\n' +
    'Sign up for our football newsletter\n',
  actors: [
    ['Hugo Marchetti', 'person'],
    ['Erin Doyle', 'person'],
    ['Getty Images', 'media'],
    ['Paul Weir', 'person'],
    ['Real Castellar', 'organization'],
    ['Kwame Asante', 'person'],
    ['Northbridge United', 'organization'],
    ['Sergio Baldini', 'person'],
    ['Owen Pryce', 'person'],
    ['Caldwell Sports Group', 'organization'],
    ['Maggie Rourke', 'person'],
  ],
  statements: [
    ['Real Castellar have signed striker Kwame Asante', null],
    ['This is a dream come true', 'Kwame Asante'],
    ['gives us something we did not have', 'Sergio Baldini'],
    ['he wished Asante well', 'Owen Pryce'],
    ['The fee could rise to 110 million euros', null],
    ['the money would be reinvested', 'Northbridge United'],
    ['the sale would lift its annual profit', 'Caldwell Sports Group'],
    ['He was our best player', 'Maggie Rourke'],
  ],
};

export const APPROVAL: ExpectedPage = {
  name: 'approval',
  text:
    'FDA approves first pill for rare liver disease\n' +
    'By Meera Kapoor | Health | Updated 4:05 PM ET, Thu May 22, 2025\n' +
    'A pharmacist prepares a prescription in Boston. (Photo: Brendan Cole/AP)\n' +
    '\n' +
    'The U.S. Food and Drug Administration on Thursday approved a daily pill from Velantis Therapeutics for a rare liver disease that has no other treatment.\n' +
    '\n' +
    'The agency said in a statement that the drug, to be sold as Hepavex, had met its main goal in a late-stage trial.\n' +
    '\n' +
    'Velantis said in a filing that it expected to launch the drug in July at a list price of about $18,000 a month.\n' +
    '\n' +
    '"This approval changes what we can offer patients," said Simone Achterberg, a hepatologist at Johns Hopkins University who led the trial.\n' +
    '\n' +
    'The Liver Patients Alliance welcomed the decision. Its chief executive, Colette Dunmore, said the price would put the drug out of reach for many families.\n' +
    '\n' +
    'Velantis Chief Executive Paul Hennessy was quoted as saying the company would offer discounts to patients without insurance. Shares of Velantis rose 12% in after-hours trading.\n' +
    '\n' +
    'The label will carry a warning about liver injury, officials said.\n',
  actors: [
    ['Meera Kapoor', 'person'],
    ['Boston', 'place'],
    ['Brendan Cole', 'person'],
    ['AP', 'media'],
    ['U.S.', 'place'],
    ['Food and Drug Administration', 'organization'],
    ['Velantis Therapeutics', 'organization'],
    ['Simone Achterberg', 'person'],
    ['Johns Hopkins University', 'organization'],
    ['Liver Patients Alliance', 'organization'],
    ['Colette Dunmore', 'person'],
    ['Paul Hennessy', 'person'],
  ],
  statements: [
    ['had met its main goal', 'Food and Drug Administration'],
    ['The Liver Patients Alliance welcomed the decision', 'Liver Patients Alliance'],
    ['it expected to launch the drug in July', 'Velantis Therapeutics'],
    ['This approval changes what we can offer patients', 'Simone Achterberg'],
    ['the price would put the drug out of reach', 'Colette Dunmore'],
    ['the company would offer discounts', 'Paul Hennessy'],
    ['The label will carry a warning', null],
  ],
};

export const WILDFIRE: ExpectedPage = {
  name: 'wildfire',
  text:
    'Thousands flee as wind-driven wildfire nears desert town\n' +
    'By Camila Ortega and Ben Ashworth\n' +
    'Updated 7:52 PM PDT, Sat July 19, 2025\n' +
    '\n' +
    'RIDGECREST, Calif. (AP) - A fast-moving wildfire forced more than 12,000 people from their homes on Saturday, fire officials said, as strong winds pushed the flames toward the edge of town.\n' +
    '\n' +
    'The Canyon Fire had burned 18,000 acres and was 5% contained by the evening, according to the California Department of Forestry and Fire Protection. It said three firefighters had suffered minor injuries.\n' +
    '\n' +
    '"Leave now. Do not wait for a knock on the door," Kern County Sheriff Darnell Hayes said at a news conference.\n' +
    '\n' +
    'Governor Lucinda Park declared a state of emergency for the county. Her office said the state had asked for federal help.\n' +
    '\n' +
    'Emma Kowal, 72, who left with her two dogs, said she had "never seen the sky so black."\n' +
    '\n' +
    'The National Weather Service warned that gusts of up to 60 mph would continue through Sunday.\n' +
    '\n' +
    'The cause of the fire is under investigation, officials said.\n' +
    '\n' +
    'Sign up for our newsletter\n',
  actors: [
    ['Camila Ortega', 'person'],
    ['Ben Ashworth', 'person'],
    ['Ridgecrest', 'place'],
    ['Calif.', 'place'],
    ['AP', 'media'],
    ['California Department of Forestry and Fire Protection', 'organization'],
    ['Kern County', 'place'],
    ['Darnell Hayes', 'person'],
    ['Lucinda Park', 'person'],
    ['Emma Kowal', 'person'],
    ['National Weather Service', 'organization'],
  ],
  statements: [
    ['A fast-moving wildfire forced more than 12,000 people', null],
    ['The Canyon Fire had burned 18,000 acres', 'California Department of Forestry and Fire Protection'],
    ['three firefighters had suffered minor injuries', 'California Department of Forestry and Fire Protection'],
    ['Leave now.', 'Darnell Hayes'],
    ['the state had asked for federal help', 'Lucinda Park'],
    ['never seen the sky so black', 'Emma Kowal'],
    ['gusts of up to 60 mph would continue', 'National Weather Service'],
    ['The cause of the fire is under investigation', null],
  ],
};

export const LAYOFFS: ExpectedPage = {
  name: 'layoffs',
  text:
    'Software maker Quillon to cut 4,000 jobs in shift to AI\n' +
    'By Arjun Mehta | Technology | Published 10:31 AM EST, Tue Feb 11, 2025\n' +
    '\n' +
    'SAN FRANCISCO (Reuters) - Quillon Systems will cut about 4,000 jobs, or 9% of its workforce, the company said in a filing on Tuesday, as it moves spending toward artificial intelligence.\n' +
    '\n' +
    'Chief Executive Rina Okonkwo told employees in a memo that the decision was "the hardest I have made." The cuts will mostly affect sales and recruiting, she wrote.\n' +
    '\n' +
    'The company expects charges of $450 million to $500 million, it said in the filing.\n' +
    '\n' +
    'Grace Whitfield, an analyst at Morrow & Finch, said the cuts showed "a company that grew too fast."\n' +
    '\n' +
    'One engineer, who asked not to be named, said the mood in the office was grim. Employees posted messages on LinkedIn saying they had learned of the layoffs by email.\n' +
    '\n' +
    'The Tech Workers Guild, which represents about 900 Quillon staff, said the company had not consulted it.\n' +
    '\n' +
    'Shares of Quillon rose 3% in premarket trading.\n' +
    'Reporting by Arjun Mehta in San Francisco; Editing by Laura Benn\n',
  actors: [
    ['Arjun Mehta', 'person'],
    ['San Francisco', 'place'],
    ['Reuters', 'media'],
    ['Quillon Systems', 'organization'],
    ['Rina Okonkwo', 'person'],
    ['Grace Whitfield', 'person'],
    ['Morrow & Finch', 'organization'],
    ['LinkedIn', 'organization'],
    ['Tech Workers Guild', 'organization'],
    ['Laura Benn', 'person'],
  ],
  statements: [
    ['Quillon Systems will cut about 4,000 jobs', 'Quillon Systems'],
    ['the hardest I have made', 'Rina Okonkwo'],
    ['The cuts will mostly affect sales and recruiting', 'Rina Okonkwo'],
    ['The company expects charges', 'Quillon Systems'],
    ['a company that grew too fast', 'Grace Whitfield'],
    ['the mood in the office was grim', null],
    ['they had learned of the layoffs by email', null],
    ['the company had not consulted it', 'Tech Workers Guild'],
  ],
};

export const HOUSING_VOTE: ExpectedPage = {
  name: 'housing vote',
  text:
    'Dutch lawmakers pass contested housing bill after all-night debate\n' +
    'By Sanne de Wit | Politics | Updated 08:02 CET, Thu Nov 6, 2025\n' +
    '\n' +
    'THE HAGUE - The Dutch parliament narrowly passed a housing bill early on Thursday, with 76 lawmakers voting in favour and 74 against.\n' +
    '\n' +
    'Housing Minister Pieter Vos said the vote was "a turning point for young families."\n' +
    '\n' +
    'Opposition leader Marieke Kuiper said the bill would drive up rents. "This law helps landlords, not tenants," she told the chamber.\n' +
    '\n' +
    'The bill now goes to the Senate, where the coalition lacks a majority, the parliamentary press office said.\n' +
    '\n' +
    "The Tenants' Union, which represents 800,000 households, said in a statement that it would challenge the law in court.\n" +
    '\n' +
    'Prime Minister Joost Ridder was quoted by the ANP news agency as saying he was "relieved and tired."\n' +
    '\n' +
    'Read more: What the housing bill means for renters\n',
  actors: [
    ['Sanne de Wit', 'person'],
    ['The Hague', 'place'],
    ['Pieter Vos', 'person'],
    ['Marieke Kuiper', 'person'],
    ['Senate', 'organization'],
    ["Tenants' Union", 'organization'],
    ['Joost Ridder', 'person'],
    ['ANP', 'media'],
  ],
  statements: [
    ['a turning point for young families', 'Pieter Vos'],
    ['the bill would drive up rents', 'Marieke Kuiper'],
    ['This law helps landlords, not tenants', 'Marieke Kuiper'],
    ['The bill now goes to the Senate', null],
    ['it would challenge the law in court', "Tenants' Union"],
    ['relieved and tired', 'Joost Ridder'],
  ],
};

export const RESTITUTION: ExpectedPage = {
  name: 'restitution',
  text:
    'Bristol museum hands back bronze plaques to Nigeria\n' +
    'By Chidi Okeke | Culture | Updated 2:30 PM GMT, Fri June 13, 2025\n' +
    'Two of the returned plaques at the handover in Bristol. Photo: Ashcombe Museum/handout\n' +
    '\n' +
    'BRISTOL, England (AFP) - The Ashcombe Museum on Friday handed back 32 bronze plaques that British soldiers took from Benin City in 1897.\n' +
    '\n' +
    '"We are correcting a historic wrong," the museum\'s director, Harriet Lyle, said at the handover ceremony.\n' +
    '\n' +
    "Nigeria's culture minister, Adaeze Nwosu, said the plaques would go on display in Lagos next year.\n" +
    '\n' +
    'The ceremony was hosted by the broadcaster Kofi Adjei. The host said the day was "long overdue."\n' +
    '\n' +
    'The National Commission for Museums and Monuments said in a statement that talks with other institutions were continuing.\n' +
    '\n' +
    'Critics, including the historian Leo Barnaby, said the return came "decades too late."\n' +
    '\n' +
    'The British government, which has resisted calls for a law on restitution, said such decisions were a matter for each museum.\n',
  actors: [
    ['Chidi Okeke', 'person'],
    ['Bristol', 'place'],
    ['Nigeria', 'place'],
    ['Ashcombe Museum', 'organization'],
    ['England', 'place'],
    ['AFP', 'media'],
    ['Benin City', 'place'],
    ['Harriet Lyle', 'person'],
    ['Adaeze Nwosu', 'person'],
    ['Lagos', 'place'],
    ['Kofi Adjei', 'person'],
    ['National Commission for Museums and Monuments', 'organization'],
    ['Leo Barnaby', 'person'],
  ],
  statements: [
    ['We are correcting a historic wrong', 'Harriet Lyle'],
    ['the plaques would go on display in Lagos', 'Adaeze Nwosu'],
    ['long overdue', 'Kofi Adjei'],
    ['talks with other institutions were continuing', 'National Commission for Museums and Monuments'],
    ['decades too late', 'Leo Barnaby'],
    ['such decisions were a matter for each museum', null],
  ],
};

export const JOBS_REPORT: ExpectedPage = {
  name: 'jobs report',
  text:
    'U.S. employers add 143,000 jobs; unemployment rate holds at 4.1%\n' +
    'By Olivia Grant and Marcus Lee | Economy | Updated 8:45 AM EST, Fri Jan 10, 2025\n' +
    '\n' +
    'WASHINGTON (Reuters) - U.S. employers added 143,000 jobs in December, fewer than economists had expected, the Labor Department said on Friday.\n' +
    '\n' +
    "The unemployment rate was unchanged at 4.1%, according to the department's Bureau of Labor Statistics. It said average hourly earnings rose 0.3%.\n" +
    '\n' +
    '"The labour market is cooling, but it is not cracking," said Nadia Levesque, chief economist at Harwick Partners.\n' +
    '\n' +
    'Labor Secretary Julian Brennan told CNBC the report showed a "resilient" economy. White House press secretary Tess Romero said in a briefing that wages were rising faster than prices.\n' +
    '\n' +
    'Treasury yields fell slightly after the report, traders said.\n' +
    '\n' +
    'Read more: What the jobs report means for rate cuts\n' +
    'Sign up for our Economy newsletter\n',
  actors: [
    ['Olivia Grant', 'person'],
    ['Marcus Lee', 'person'],
    ['Washington', 'place'],
    ['Reuters', 'media'],
    ['U.S.', 'place'],
    ['Labor Department', 'organization'],
    ['Bureau of Labor Statistics', 'organization'],
    ['Nadia Levesque', 'person'],
    ['Harwick Partners', 'organization'],
    ['Julian Brennan', 'person'],
    ['CNBC', 'media'],
    ['White House', 'organization'],
    ['Tess Romero', 'person'],
  ],
  statements: [
    ['U.S. employers added 143,000 jobs', 'Labor Department'],
    ['The unemployment rate was unchanged', 'Bureau of Labor Statistics'],
    ['average hourly earnings rose', 'Bureau of Labor Statistics'],
    ['The labour market is cooling', 'Nadia Levesque'],
    ['the report showed a "resilient" economy', 'Julian Brennan'],
    ['wages were rising faster than prices', 'Tess Romero'],
    ['Treasury yields fell slightly', null],
  ],
};

export const EXPECTED_PAGES: ExpectedPage[] = [
  SENTENCING,
  ORBITER,
  TRANSFER,
  APPROVAL,
  WILDFIRE,
  LAYOFFS,
  HOUSING_VOTE,
  RESTITUTION,
  JOBS_REPORT,
];
