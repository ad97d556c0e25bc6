// Thirty invented business accounts across North America and the UK. Any resemblance to a real
// company is accidental; numbers are fictional (555-01xx, Ofcom drama ranges).
import type { DemoAccountSpec, DemoContactSpec } from './demo-account-spec';

const who = (name: string, role: string, authorisesPayment = false): DemoContactSpec => ({ name, role, authorisesPayment });

export const demoAnchorCustomerName = 'Harbor Point Dental Group';
export const demoAnchorPhone = '(415) 555-0134';

export const commercialAccounts: DemoAccountSpec[] = [
  {
    key: 'harbor-point', kind: 'commercial', legalName: demoAnchorCustomerName, timeZone: 'America/Los_Angeles', terms: 'Net 30',
    sector: 'clinic', size: 'l', address: ['1450 Embarcadero Ave, Suite 300', 'San Francisco', 'CA', '94111', 'US'], area: '415', web: 'harborpointdental',
    contacts: [
      { name: 'Dana Whitfield', role: 'Office manager', phones: [['office', demoAnchorPhone]], notes: 'Receives our invoices; cannot approve payments.' },
      { name: 'Marcus Lee', role: 'Controller', authorisesPayment: true },
      who('Priscilla Gomez', 'Accounts payable'),
    ],
    open: [], notes: 'Dana handles the paperwork, but Marcus Lee approves every payment over $500.',
  },
  {
    key: 'brightwater', kind: 'commercial', legalName: 'Brightwater Family Clinic PLLC', tradingName: 'Brightwater Family Clinic', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['2210 N Halsted St', 'Chicago', 'IL', '60614', 'US'], area: '312', web: 'brightwaterclinic',
    contacts: [who('Renee Castillo', 'Practice manager', true), who('Omar Haddad', 'Accounts payable')], open: [-14, 9, 37],
  },
  {
    key: 'copperline', kind: 'commercial', legalName: 'Copperline Mechanical Supply Inc.', timeZone: 'America/Denver', terms: 'Net 45',
    sector: 'supplier', size: 'l', address: ['4875 Brighton Blvd', 'Denver', 'CO', '80216', 'US'], area: '303', web: 'copperlinesupply',
    contacts: [who('Grant Iverson', 'Purchasing'), who('Lisa Moreno', 'Controller', true)], open: [-20, 28, 66],
  },
  {
    key: 'oakridge', kind: 'commercial', legalName: 'Oakridge Builders LLC', timeZone: 'America/New_York', terms: 'Net 30',
    sector: 'construction', size: 'l', address: ['780 Marietta St NW', 'Atlanta', 'GA', '30318', 'US'], area: '404', web: 'oakridgebuilders',
    contacts: [who('Travis Boone', 'Owner', true), who('Kelly Ann Price', 'Office manager')], open: [],
  },
  {
    key: 'salt-cellar', kind: 'commercial', legalName: 'Salt Cellar Bistro LLC', tradingName: 'The Salt Cellar', timeZone: 'America/New_York', terms: 'Net 15',
    sector: 'restaurant', size: 'm', address: ['61 Salem St', 'Boston', 'MA', '02113', 'US'], area: '617', web: 'saltcellarbistro',
    contacts: [who('Julien Marchetti', 'Owner', true)], open: [5, 19],
  },
  {
    key: 'maple-finch', kind: 'commercial', legalName: 'Maple & Finch Creative Inc.', timeZone: 'America/Toronto', terms: 'Net 30',
    sector: 'office', size: 'm', address: ['355 Adelaide St W, 4th Floor', 'Toronto', 'ON', 'M5V 1S2', 'CA'], area: '416', web: 'maplefinch',
    contacts: [who('Sophie Tremblay', 'Office manager'), who('Aaron Feld', 'Accounts payable'), who('Nadia Qureshi', 'Finance director', true)],
    open: [-6, 24, 41], notes: 'Cheques are signed once a week by Nadia Qureshi.',
  },
  {
    key: 'northgate-vet', kind: 'commercial', legalName: 'Northgate Veterinary Hospital', timeZone: 'America/New_York', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['3300 Indianola Ave', 'Columbus', 'OH', '43214', 'US'], area: '614', web: 'northgatevet',
    contacts: [who('Dr. Helen Vance', 'Owner', true), who('Craig Ellison', 'Office manager')], open: [-3, 95],
  },
  {
    key: 'tidewater', kind: 'commercial', legalName: 'Tidewater Seafood Kitchen LLC', timeZone: 'America/New_York', terms: 'Net 15',
    sector: 'restaurant', size: 'm', address: ['118 Market St', 'Charleston', 'SC', '29401', 'US'], area: '843', web: 'tidewaterkitchen',
    contacts: [who('Beau Lassiter', 'General manager'), who('Carla Jennings', 'Owner', true)], open: [-8],
  },
  {
    key: 'redstone', kind: 'commercial', legalName: 'Redstone Framing & Concrete LLC', timeZone: 'America/Phoenix', terms: 'Net 30',
    sector: 'construction', size: 'l', address: ['2701 W Buckeye Rd', 'Phoenix', 'AZ', '85009', 'US'], area: '602', web: 'redstoneframing',
    contacts: [who('Ray Delgado', 'Owner', true), who('Tina Marsh', 'Bookkeeper')], open: [-10],
  },
  {
    key: 'lakeshore-physio', kind: 'commercial', legalName: 'Lakeshore Physical Therapy PC', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['1520 N Prospect Ave', 'Milwaukee', 'WI', '53202', 'US'], area: '414', web: 'lakeshorept',
    contacts: [who('Megan Holt', 'Office manager'), who('Victor Sandoval', 'Owner', true)], open: [12],
  },
  {
    key: 'summit-ortho', kind: 'commercial', legalName: 'Summit Ridge Orthodontics PC', timeZone: 'America/Denver', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['455 E 400 S, Suite 210', 'Salt Lake City', 'UT', '84111', 'US'], area: '801', web: 'summitridgeortho',
    contacts: [who('Angela Pruitt', 'Office manager', true), who('Dr. Ben Carver', 'Owner')], open: [-16, 33],
  },
  {
    key: 'granite-state', kind: 'commercial', legalName: 'Granite State Electrical Wholesale Inc.', timeZone: 'America/New_York', terms: 'Net 45',
    sector: 'supplier', size: 'l', address: ['95 Hancock St', 'Manchester', 'NH', '03101', 'US'], area: '603', web: 'granitestateelectric',
    contacts: [who('Paul Desrosiers', 'Accounts payable'), who('Mark Ouellette', 'Controller', true)], open: [-30, 15, 58, 88],
  },
  {
    key: 'blue-heron', kind: 'commercial', legalName: 'Blue Heron Catering Co.', timeZone: 'America/Los_Angeles', terms: 'Net 15',
    sector: 'restaurant', size: 'm', address: ['2140 SE Division St', 'Portland', 'OR', '97202', 'US'], area: '503', web: 'blueheroncatering',
    contacts: [who('Molly Tran', 'Owner', true)], open: [-4],
  },
  {
    key: 'westbrook', kind: 'commercial', legalName: 'Westbrook Property Management LLC', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'property', size: 'l', address: ['8150 N Central Expy, Suite 900', 'Dallas', 'TX', '75206', 'US'], area: '214', web: 'westbrookpm',
    contacts: [who('Derek Coleman', 'Accounts payable'), who('Sheila Grant', 'Controller', true)], open: [-22],
  },
  {
    key: 'cedar-hollow', kind: 'commercial', legalName: 'Cedar Hollow Construction Inc.', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'construction', size: 'l', address: ['1600 Charlotte Ave', 'Nashville', 'TN', '37203', 'US'], area: '615', web: 'cedarhollowbuild',
    contacts: [who('Wade Harlan', 'Owner', true), who('Jolene Pickett', 'Office manager')], open: [], status: 'on-hold',
    notes: 'On credit hold: no new work until the Riverside balance is cleared.',
  },
  {
    key: 'pinecrest', kind: 'commercial', legalName: 'Pinecrest Pediatrics PA', timeZone: 'America/New_York', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['4020 Wake Forest Rd', 'Raleigh', 'NC', '27609', 'US'], area: '919', web: 'pinecrestpeds',
    contacts: [who('Tamara Greene', 'Practice manager', true), who('Luis Ortega', 'Billing coordinator')], open: [-11, 26],
  },
  {
    key: 'fernwood', kind: 'commercial', legalName: 'Fernwood Marketing Partners LLC', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'office', size: 'm', address: ['600 Congress Ave, Floor 14', 'Austin', 'TX', '78701', 'US'], area: '512', web: 'fernwoodmarketing',
    contacts: [who('Chloe Sutton', 'Office manager'), who('Raj Malhotra', 'Controller', true)], open: [-18, 8],
    notes: 'Their payables system rejects any invoice without a PO number.',
  },
  {
    key: 'ironbridge', kind: 'commercial', legalName: 'Ironbridge Plumbing Supply Ltd.', timeZone: 'America/Vancouver', terms: 'Net 30',
    sector: 'supplier', size: 'l', address: ['1880 Franklin St', 'Vancouver', 'BC', 'V5L 1P9', 'CA'], area: '604', web: 'ironbridgesupply',
    contacts: [who('Graham Whitlock', 'Purchasing'), who('Mei Chen', 'Controller', true)], open: [-12, 20, 47],
  },
  {
    key: 'thistle-rye', kind: 'commercial', legalName: 'Thistle and Rye Ltd', tradingName: 'Thistle & Rye', timeZone: 'Europe/London', terms: 'Net 30',
    sector: 'restaurant', size: 'm', address: ['42 Exmouth Market', 'London', '', 'EC1R 4QE', 'GB'], area: '20', web: 'thistleandrye',
    contacts: [who('Callum Fraser', 'General manager', true), who('Imogen Price', 'Bookkeeper')], open: [3, 35],
  },
  {
    key: 'kingsway-dental', kind: 'commercial', legalName: 'Kingsway Dental Studio Ltd', timeZone: 'Europe/London', terms: 'Net 30',
    sector: 'clinic', size: 'm', address: ['118 Deansgate', 'Manchester', '', 'M3 2BQ', 'GB'], area: '161', web: 'kingswaydental',
    contacts: [who('Fiona Burke', 'Practice manager', true)], open: [-9, 62],
  },
  {
    key: 'prairie-sky', kind: 'commercial', legalName: 'Prairie Sky Animal Clinic', timeZone: 'America/Winnipeg', terms: 'Net 30',
    sector: 'clinic', size: 's', address: ['1385 Pembina Hwy', 'Winnipeg', 'MB', 'R3T 2B6', 'CA'], area: '204', web: 'prairieskyvet',
    contacts: [who('Dr. Curtis Ballantyne', 'Owner', true), who('Janelle Roy', 'Office manager')], open: [16],
  },
  {
    key: 'halcyon', kind: 'commercial', legalName: 'Halcyon Day Spa LLC', timeZone: 'America/Los_Angeles', terms: 'Net 15',
    sector: 'office', size: 's', address: ['3940 Fourth Ave', 'San Diego', 'CA', '92103', 'US'], area: '619', web: 'halcyondayspa',
    contacts: [who('Giselle Fontaine', 'Owner', true)], open: [0, 21],
  },
  {
    key: 'riverbend', kind: 'commercial', legalName: 'Riverbend Roofing Co.', timeZone: 'America/Chicago', terms: 'Net 30',
    sector: 'construction', size: 'l', address: ['1701 Locust St', 'Kansas City', 'MO', '64108', 'US'], area: '816', web: 'riverbendroofing',
    contacts: [who('Hank Mercer', 'Owner', true), who('Darla Quinn', 'Office manager')], open: [-5, 52, 104],
  },
  {
    key: 'golden-mesa', kind: 'commercial', legalName: 'Golden Mesa Taqueria LLC', timeZone: 'America/Denver', terms: 'Due on receipt',
    sector: 'restaurant', size: 's', address: ['2315 Central Ave SE', 'Albuquerque', 'NM', '87106', 'US'], area: '505', web: 'goldenmesa',
    contacts: [who('Ramon Archuleta', 'Owner', true)], open: [0, 38],
  },
  {
    key: 'bayview', kind: 'commercial', legalName: 'Bayview Urgent Care LLC', timeZone: 'America/New_York', terms: 'Net 45',
    sector: 'clinic', size: 'l', address: ['5101 W Kennedy Blvd', 'Tampa', 'FL', '33609', 'US'], area: '813', web: 'bayviewurgentcare',
    contacts: [who('Stacy Lindqvist', 'Accounts payable'), who('Karen Albright', 'Controller', true), who('Dr. Omar Reyes', 'Medical director')],
    open: [-25, 7, 31, 68],
  },
  {
    key: 'stonemill', kind: 'commercial', legalName: 'Stonemill Bakery & Cafe', timeZone: 'America/New_York', terms: 'Net 15',
    sector: 'restaurant', size: 's', address: ['189 Church St', 'Burlington', 'VT', '05401', 'US'], area: '802', web: 'stonemillbakery',
    contacts: [who('Nora Lindgren', 'Owner', true)], open: [4],
  },
  {
    key: 'quarry-lane', kind: 'commercial', legalName: 'Quarry Lane Architects LLP', timeZone: 'America/Denver', terms: 'Net 30',
    sector: 'office', size: 'm', address: ['1942 Broadway, Suite 400', 'Boulder', 'CO', '80302', 'US'], area: '720', web: 'quarrylane',
    contacts: [who('Elliot Kaye', 'Office manager'), who('Priya Shah', 'Accounts payable')], open: [-15, 18],
    notes: 'We have not yet learned who approves payments here; ask on the next call.',
  },
  {
    key: 'evergreen', kind: 'commercial', legalName: 'Evergreen Senior Living Inc.', timeZone: 'America/Los_Angeles', terms: 'Net 45',
    sector: 'property', size: 'l', address: ['7720 35th Ave NE', 'Seattle', 'WA', '98115', 'US'], area: '206', web: 'evergreenseniorliving',
    contacts: [who('Rochelle Adams', 'Facilities manager'), who('Thomas Nguyen', 'Controller', true)], open: [-28, 13, 77, 130],
  },
  {
    key: 'harlow-pike', kind: 'commercial', legalName: 'Harlow & Pike Events Ltd.', timeZone: 'America/Halifax', terms: 'Net 30',
    sector: 'office', size: 'm', address: ['1550 Hollis St', 'Halifax', 'NS', 'B3J 1V3', 'CA'], area: '902', web: 'harlowpike',
    contacts: [who('Siobhan MacLeod', 'Owner', true), who('Owen Pike', 'Purchasing')], open: [-7, 43],
  },
  {
    key: 'keystone', kind: 'commercial', legalName: 'Keystone HVAC Distributors Inc.', timeZone: 'America/New_York', terms: 'Net 30',
    sector: 'supplier', size: 'l', address: ['2500 Smallman St', 'Pittsburgh', 'PA', '15222', 'US'], area: '412', web: 'keystonehvac',
    contacts: [who('Frank Kowalczyk', 'Purchasing'), who('Denise Harper', 'Accounts payable')], open: [-19, 27, 92],
    notes: 'Payables are handled at their head office; the approver has not been named yet.',
  },
];
