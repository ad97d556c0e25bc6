// What our (fictional) building-services business delivers, by the kind of customer: the caller
// reads it out on the call ("this is for the hood cleaning on the 12th").
import type { Sector } from './demo-account-spec';
import type { Random } from './random';
import { seedFromText } from './random';

const deliverables: Record<Sector, readonly string[]> = {
  clinic: [
    'Quarterly HVAC maintenance, rooftop units and filters',
    'Sterilisation room exhaust fan replaced and balanced',
    'Backflow preventer annual test and certificate',
    'Compressed-air line service and dryer filter change',
    'After-hours call-out: no cooling in treatment rooms',
    'Medical fridge temperature alarm installed and tested',
    'Waiting-room water heater replaced (40 gal)',
  ],
  restaurant: [
    'Kitchen exhaust hood cleaning and filter swap',
    'Ice machine descale and service call',
    'Grease trap pump-out and inspection report',
    'Dishwasher booster heater repair',
    'Reach-in cooler gasket and fan motor replacement',
    'Gas range burner service, 6 burners',
    'Emergency call-out: walk-in freezer alarm',
  ],
  construction: [
    'Copper pipe, fittings and valves for plumbing rough-in',
    'Rental: 2 commercial dehumidifiers, 14 days',
    'Temporary site power panel, supply and hook-up',
    'PEX supply lines and manifolds, 6 units',
    'Rooftop unit crane lift and set',
    'Site trailer mini-split supply and install',
    'Ductwork fabrication, second-floor offices',
  ],
  supplier: [
    'Wholesale order: programmable thermostats, 24 units',
    'Wholesale order: PEX fittings, 40 cases',
    'Condensate pumps, 18 units, drop-shipped',
    'Brass ball valves, assorted sizes, 12 cases',
    'Refrigerant recovery cylinders, 10 units',
    'Replacement compressor, 5-ton, for resale',
  ],
  office: [
    'Office split-system AC service',
    'Server room cooling check and filter change',
    'Restroom fixture repairs, 3 faucets and a flush valve',
    'LED panel lighting retrofit, open-plan area',
    'Monthly maintenance plan',
    'After-hours call-out: no heat on reception floor',
  ],
  property: [
    'Tenant call-out: no heat, thermostat and igniter replaced',
    'Quarterly HVAC maintenance across the buildings',
    'Boiler annual service and safety inspection',
    'Common-area lighting repairs, 3 stairwells',
    'Water heater replacement in the laundry room',
    'Sump pump replacement, basement garage',
  ],
  home: [
    'Furnace tune-up and filter replacement',
    'Water heater repair: thermocouple and gas valve',
    'Bathroom exhaust fan installation',
    'Kitchen faucet and garbage disposal replaced',
    'Central AC refrigerant top-up and coil clean',
    'Outdoor GFCI outlets installed, 2 locations',
    'Sewer line camera inspection',
  ],
};

export function pickDeliverable(sector: Sector, random: Random): string {
  return random.pick(deliverables[sector]);
}

/** Initials of a business name, ignoring legal suffixes: "Harbor Point Dental Group" -> "HPDG". */
function initials(legalName: string): string {
  return legalName
    .replace(/&/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(llc|inc\.?|ltd\.?|llp|pc|pa|pllc|co\.?|the)$/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}

/** A purchase-order number in one of the styles a customer's system might issue. */
export function poNumberFor(legalName: string, random: Random): string {
  const style = seedFromText(legalName) % 3;
  if (style === 0) return `${initials(legalName)}-${random.int(1000, 9999)}`;
  if (style === 1) return `PO ${random.int(10000, 99999)}`;
  return `45000${random.int(10000, 99999)}`;
}
