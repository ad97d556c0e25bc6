// Word lists for the benchmark data set. Names are built from parts so that 10k customers are
// mostly distinct and a search for any part ("brook", "dental", "Nguyen") finds a realistic few.

export const placeStarts = [
  'North', 'South', 'East', 'West', 'Blue', 'Silver', 'Golden', 'Red', 'Green', 'Stone', 'Oak', 'Pine', 'Cedar', 'Maple', 'Birch',
  'Willow', 'Iron', 'Copper', 'Granite', 'River', 'Lake', 'Bay', 'Harbor', 'Summit', 'Valley', 'Meadow', 'Prairie', 'Canyon', 'Eagle',
  'Fox', 'Hawk', 'Elm', 'Ash', 'Clear', 'Bright', 'High', 'Long', 'Fair', 'Spring', 'Mill',
] as const;

export const placeEnds = [
  'brook', 'field', 'ridge', 'wood', 'view', 'crest', 'gate', 'haven', 'stone', 'water', 'side', 'dale', 'ford', 'point', 'port',
  'vale', 'hill', 'land', 'mont', 'bridge', 'shore', 'wick', 'ton', 'hurst', 'well', 'moor', 'cliff', 'mead', 'bank', 'grove',
] as const;

export const trades = [
  'Dental', 'Family Clinic', 'Pediatrics', 'Veterinary', 'Physical Therapy', 'Orthodontics', 'Urgent Care', 'Plumbing', 'Roofing',
  'Electrical', 'Mechanical', 'Builders', 'Construction', 'Framing', 'Concrete', 'Landscaping', 'Bistro', 'Catering', 'Bakery',
  'Brewing', 'Grill', 'Taqueria', 'Pizzeria', 'Marketing', 'Design', 'Architects', 'Property Management', 'Realty', 'Senior Living',
  'Fitness', 'Day Spa', 'Print & Sign', 'Auto Repair', 'Supply', 'Hardware', 'Flooring', 'Cabinetry', 'Events', 'Logistics', 'Storage',
] as const;

export const businessSuffixes = ['LLC', 'Inc.', 'Co.', 'Group', 'Partners', 'Ltd.', 'PC', 'Services'] as const;

export const firstNames = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard',
  'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Christopher', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty',
  'Anthony', 'Sandra', 'Mark', 'Margaret', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily', 'Paul', 'Donna', 'Joshua',
  'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah', 'Timothy', 'Stephanie', 'Ronald',
  'Rebecca', 'Jason', 'Sharon', 'Edward', 'Laura', 'Jeffrey', 'Cynthia', 'Ryan', 'Dorothy', 'Jacob', 'Amy', 'Gary', 'Kathleen',
  'Nicholas', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Emma', 'Stephen', 'Brenda', 'Larry', 'Pamela', 'Justin', 'Nicole', 'Scott',
  'Anna', 'Brandon', 'Samantha', 'Benjamin', 'Katherine', 'Samuel', 'Christine', 'Gregory', 'Debra', 'Alexander', 'Rachel', 'Patrick',
  'Carolyn', 'Frank', 'Janet', 'Raymond', 'Maria', 'Jack', 'Olivia', 'Dennis', 'Heather', 'Jerry', 'Helen', 'Tyler', 'Catherine',
  'Aaron', 'Diane', 'Jose', 'Julie', 'Adam', 'Victoria', 'Nathan', 'Joyce', 'Henry', 'Lauren', 'Zachary', 'Kelly', 'Douglas', 'Christina',
  'Priya', 'Wei', 'Aisha', 'Mateo', 'Sofia', 'Omar', 'Mei', 'Diego', 'Fatima', 'Hiroshi', 'Ingrid', 'Kwame', 'Lucia', 'Ravi', 'Yara',
] as const;

export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill',
  'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips',
  'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook',
  'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward',
  'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez',
  'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan',
  'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander',
  'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis',
  'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison', 'Fernandez', 'McDonald',
  'Okafor', 'Haddad', 'Kowalski', 'Lindqvist', 'Tanaka', 'Schmidt', 'Dubois', 'Rossi', 'Novak', 'Chen', 'Singh', 'Mensah',
] as const;

export const streets = [
  'Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Park Blvd', 'Elm St', 'Washington Ave', 'Lake Rd', 'Hill St', 'Pine St',
  'Market St', 'Church St', 'Center St', 'River Rd', 'Broadway', 'Highland Ave', 'Sunset Blvd', 'Mill Rd', 'Spring St', 'Union Ave',
] as const;

/** city, region, postal code, country, IANA zone, phone area code. */
export const cities: readonly (readonly [string, string, string, string, string, string])[] = [
  ['Boston', 'MA', '02108', 'US', 'America/New_York', '617'],
  ['Atlanta', 'GA', '30303', 'US', 'America/New_York', '404'],
  ['Columbus', 'OH', '43215', 'US', 'America/New_York', '614'],
  ['Tampa', 'FL', '33602', 'US', 'America/New_York', '813'],
  ['Raleigh', 'NC', '27601', 'US', 'America/New_York', '919'],
  ['Chicago', 'IL', '60601', 'US', 'America/Chicago', '312'],
  ['Dallas', 'TX', '75201', 'US', 'America/Chicago', '214'],
  ['Austin', 'TX', '78701', 'US', 'America/Chicago', '512'],
  ['Nashville', 'TN', '37203', 'US', 'America/Chicago', '615'],
  ['Milwaukee', 'WI', '53202', 'US', 'America/Chicago', '414'],
  ['Denver', 'CO', '80202', 'US', 'America/Denver', '303'],
  ['Salt Lake City', 'UT', '84101', 'US', 'America/Denver', '801'],
  ['Albuquerque', 'NM', '87102', 'US', 'America/Denver', '505'],
  ['Phoenix', 'AZ', '85004', 'US', 'America/Phoenix', '602'],
  ['Los Angeles', 'CA', '90012', 'US', 'America/Los_Angeles', '213'],
  ['San Francisco', 'CA', '94103', 'US', 'America/Los_Angeles', '415'],
  ['Seattle', 'WA', '98101', 'US', 'America/Los_Angeles', '206'],
  ['Portland', 'OR', '97204', 'US', 'America/Los_Angeles', '503'],
  ['Toronto', 'ON', 'M5H 2N2', 'CA', 'America/Toronto', '416'],
  ['Vancouver', 'BC', 'V6B 1A1', 'CA', 'America/Vancouver', '604'],
  ['Calgary', 'AB', 'T2P 1J9', 'CA', 'America/Edmonton', '403'],
  ['Halifax', 'NS', 'B3J 1S9', 'CA', 'America/Halifax', '902'],
  ['London', '', 'EC1A 1BB', 'GB', 'Europe/London', '20'],
];
