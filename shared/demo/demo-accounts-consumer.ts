// Ten invented household accounts: smaller jobs, shorter terms, evening calling.
import type { DemoAccountSpec } from './demo-account-spec';

const home = (name: string, authorisesPayment = true, role = 'Homeowner') => ({ name, role, authorisesPayment });

export const consumerAccounts: DemoAccountSpec[] = [
  {
    key: 'raman', kind: 'consumer', legalName: 'Priya Raman', timeZone: 'America/Chicago', terms: 'Due on receipt', sector: 'home', size: 'home',
    address: ['1127 Judson Ave', 'Evanston', 'IL', '60202', 'US'], area: '847', contacts: [home('Priya Raman')], open: [0, 17],
  },
  {
    key: 'kowalski', kind: 'consumer', legalName: 'Thomas and Linda Kowalski', timeZone: 'America/New_York', terms: 'Net 15', sector: 'home', size: 'home',
    address: ['48 Woodward Ave', 'Buffalo', 'NY', '14214', 'US'], area: '716',
    contacts: [home('Thomas Kowalski'), home('Linda Kowalski', false)], open: [],
  },
  {
    key: 'alvarez', kind: 'consumer', legalName: 'Jorge Alvarez', timeZone: 'America/Chicago', terms: 'Due on receipt', sector: 'home', size: 'home',
    address: ['2314 W Mistletoe Ave', 'San Antonio', 'TX', '78201', 'US'], area: '210', contacts: [home('Jorge Alvarez')], open: [],
    notes: 'Paid on the 1st and 15th; best reached after 6 pm.',
  },
  {
    key: 'oconnell', kind: 'consumer', legalName: "Megan O'Connell", timeZone: 'America/Boise', terms: 'Net 15', sector: 'home', size: 'home',
    address: ['1709 N 13th St', 'Boise', 'ID', '83702', 'US'], area: '208', contacts: [home("Megan O'Connell")], open: [9, 46],
  },
  {
    key: 'okafor', kind: 'consumer', legalName: 'Samuel Okafor', timeZone: 'America/Edmonton', terms: 'Due on receipt', sector: 'home', size: 'home',
    address: ['2216 17 St SW', 'Calgary', 'AB', 'T2T 4M4', 'CA'], area: '403',
    contacts: [home('Samuel Okafor'), home('Grace Okafor', false, 'Spouse')], open: [33],
  },
  {
    key: 'brooks', kind: 'consumer', legalName: 'Hannah Brooks', timeZone: 'Europe/London', terms: 'Net 15', sector: 'home', size: 'home',
    address: ['27 Cotham Brow', 'Bristol', '', 'BS6 6AS', 'GB'], area: '117', contacts: [home('Hannah Brooks')], open: [-2, 24],
  },
  {
    key: 'nguyen', kind: 'consumer', legalName: 'Daniel Nguyen', timeZone: 'America/Los_Angeles', terms: 'Due on receipt', sector: 'home', size: 'home',
    address: ['1450 Bird Ave', 'San Jose', 'CA', '95125', 'US'], area: '408', contacts: [home('Daniel Nguyen')], open: [0],
  },
  {
    key: 'delgado', kind: 'consumer', legalName: 'Rosa Delgado', timeZone: 'America/Phoenix', terms: 'Net 15', sector: 'home', size: 'home',
    address: ['3120 E Speedway Blvd', 'Tucson', 'AZ', '85716', 'US'], area: '520', contacts: [home('Rosa Delgado')], open: [71],
  },
  {
    key: 'whitmore', kind: 'consumer', legalName: 'Eleanor Whitmore', timeZone: 'America/New_York', terms: 'Net 15', sector: 'home', size: 'home',
    address: ['62 Pine St', 'Portland', 'ME', '04102', 'US'], area: '207',
    contacts: [home('Eleanor Whitmore', false, 'Account holder'), home('Robert Whitmore', true, 'Son (power of attorney)')], open: [19],
    notes: "Robert Whitmore handles his mother's bills under a power of attorney.",
  },
  {
    key: 'marsh', kind: 'consumer', legalName: 'Kevin Marsh', timeZone: 'America/Denver', terms: 'Due on receipt', sector: 'home', size: 'home',
    address: ['1438 S Pearl St', 'Denver', 'CO', '80210', 'US'], area: '303', contacts: [home('Kevin Marsh')], open: [27],
  },
];
