/** The demo team: plausible names, and how busy and how big-deal each rep tends to be. */
export interface DemoRep {
  name: string;
  email: string;
  /** Relative chance of being the one an event happens to. */
  pace: number;
  /** Typical deal size in major units of the base currency. */
  dealSize: number;
}

export const DEMO_TEAM: readonly DemoRep[] = [
  { name: 'Ana Souza', email: 'ana.souza@demo.fanfare.app', pace: 1.4, dealSize: 9_000 },
  { name: 'Bruno Lima', email: 'bruno.lima@demo.fanfare.app', pace: 1.1, dealSize: 14_000 },
  { name: 'Carla Mendes', email: 'carla.mendes@demo.fanfare.app', pace: 1.3, dealSize: 7_500 },
  { name: 'Diego Alves', email: 'diego.alves@demo.fanfare.app', pace: 0.9, dealSize: 18_000 },
  { name: 'Emily Carter', email: 'emily.carter@demo.fanfare.app', pace: 1.2, dealSize: 11_000 },
  { name: 'Farid Haddad', email: 'farid.haddad@demo.fanfare.app', pace: 0.8, dealSize: 22_000 },
  { name: 'Grace Kim', email: 'grace.kim@demo.fanfare.app', pace: 1.0, dealSize: 10_000 },
  { name: 'Hiro Tanaka', email: 'hiro.tanaka@demo.fanfare.app', pace: 0.95, dealSize: 12_500 },
  { name: 'Isabela Rocha', email: 'isabela.rocha@demo.fanfare.app', pace: 1.15, dealSize: 8_000 },
  { name: 'Jonas Weber', email: 'jonas.weber@demo.fanfare.app', pace: 0.85, dealSize: 16_000 },
];

export const DEMO_CUSTOMERS: readonly string[] = [
  'Acme Logística', 'Blue Harbor Foods', 'Café Paraíso', 'Delta Engenharia', 'Evergreen Clinics', 'Farol Seguros',
  'Granite Labs', 'Horizonte Imóveis', 'Ipê Móveis', 'Juniper Retail', 'Kappa Telecom', 'Lumen Studio',
  'Maré Turismo', 'Northwind Traders', 'Orion Fitness', 'Pioneer Dental', 'Quinta Vinhos', 'Riverside Schools',
  'Solaris Energia', 'Tidewater Bank', 'Umbra Design', 'Vértice Consultoria', 'Willow Pharma', 'Xingu Agro',
  'Yellowstone Media', 'Zênite Educação', 'Aurora Hotéis', 'Bravo Transportes', 'Cobalt Security', 'Duna Cosméticos',
];

/** The demo customers one rep looks after (each customer has one owner, as in a real portfolio). */
export function demoCustomersOf(repIndex: number): string[] {
  return DEMO_CUSTOMERS.filter((_, i) => i % DEMO_TEAM.length === repIndex);
}
