import type { OrgRole, TeamRole } from '@vitaal/shared/roles';

export const DEMO_TEAMS = ['Burgerzaken', 'Sociaal Domein', 'Openbare Ruimte', 'Informatievoorziening'] as const;

export interface DemoPerson {
  name: string;
  email: string;
  roles: OrgRole[];
  contractHours: number;
  teams: [(typeof DEMO_TEAMS)[number], TeamRole][];
}

const person = (
  name: string,
  email: string,
  teams: DemoPerson['teams'],
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({
  name,
  email: `${email}@voorbeeld.nl`,
  roles: [],
  contractHours: 36,
  teams,
  ...extra,
});

const members = (team: (typeof DEMO_TEAMS)[number], people: [string, string, number?][]) =>
  people.map(([name, email, hours]) => person(name, email, [[team, 'member']], hours ? { contractHours: hours } : {}));

/** About forty people in four teams, with the demo logins among them. */
export const DEMO_PEOPLE: DemoPerson[] = [
  person('Astrid de Boer', 'admin', [], { roles: ['admin'] }),
  person('Lotte van Dijk', 'lno', [], { roles: ['lno'] }),
  person('Mark Jansen', 'manager', [
    ['Burgerzaken', 'manager'],
    ['Informatievoorziening', 'member'],
  ]),
  person(
    'Pieter Visser',
    'professional',
    [
      ['Burgerzaken', 'member'],
      ['Sociaal Domein', 'member'],
    ],
    { contractHours: 32 },
  ),
  person('Fatima El Amrani', 'fatima.elamrani', [['Sociaal Domein', 'manager']]),
  person('Joost Smit', 'joost.smit', [['Openbare Ruimte', 'manager']]),
  person('Ingrid Bakker', 'ingrid.bakker', [['Informatievoorziening', 'manager']]),
  person('Ruben Mulder', 'ruben.mulder', [['Burgerzaken', 'manager']]),
  ...members('Burgerzaken', [
    ['Sanne de Vries', 'sanne.devries', 32],
    ['Daan Meijer', 'daan.meijer'],
    ['Emma Bos', 'emma.bos', 24],
    ['Noah de Graaf', 'noah.degraaf'],
    ['Julia Peters', 'julia.peters'],
    ['Sem Hendriks', 'sem.hendriks'],
    ['Yara Koç', 'yara.koc', 28],
    ['Thijs Dekker', 'thijs.dekker'],
  ]),
  ...members('Sociaal Domein', [
    ['Anouk van Leeuwen', 'anouk.vanleeuwen', 32],
    ['Mohamed Bouzid', 'mohamed.bouzid'],
    ['Lieke Brouwer', 'lieke.brouwer', 24],
    ['Bram de Wit', 'bram.dewit'],
    ['Sophie Dijkstra', 'sophie.dijkstra'],
    ['Kevin Smits', 'kevin.smits'],
    ['Esther van den Berg', 'esther.vandenberg', 28],
    ['Tim Vermeulen', 'tim.vermeulen'],
  ]),
  ...members('Openbare Ruimte', [
    ['Gerrit Kok', 'gerrit.kok'],
    ['Marloes Jacobs', 'marloes.jacobs', 32],
    ['Hüseyin Yilmaz', 'huseyin.yilmaz'],
    ['Wouter van der Linden', 'wouter.vanderlinden'],
    ['Femke Willems', 'femke.willems', 24],
    ['Jeroen Schouten', 'jeroen.schouten'],
    ['Naima Ouali', 'naima.ouali'],
  ]),
  ...members('Informatievoorziening', [
    ['Lars van Wijk', 'lars.vanwijk'],
    ['Eva Hoekstra', 'eva.hoekstra', 32],
    ['Rik Prins', 'rik.prins'],
    ['Priya Ramdin', 'priya.ramdin'],
    ['Stijn Postma', 'stijn.postma'],
    ['Merel Kuipers', 'merel.kuipers', 28],
    ['Bas Huisman', 'bas.huisman'],
  ]),
];
