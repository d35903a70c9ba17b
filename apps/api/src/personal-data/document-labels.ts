import type { Locale } from '@vitaal/shared/locale';

/** The words of the readable export, in the person's language; values use the web app's wording. */
const nl = {
  title: 'Mijn gegevens in Vitaal',
  intro: 'Alles wat Vitaal over {name} bewaart, opgevraagd op {date}. Hetzelfde staat in het JSON-bestand, voor andere programma’s.',
  none: 'Niets bewaard.',
  yes: 'ja',
  no: 'nee',
  sections: {
    person: 'Profiel',
    memberships: 'Teams',
    goals: 'Leerdoelen',
    weeks: 'Vitale Weken',
    learningTimeRequests: 'Aanvragen voor leertijd',
    teamSessions: 'Teamsessies',
    sharedLearnings: 'Gedeelde leerervaringen',
    comments: 'Mijn reacties op gedeelde leerervaringen',
    reactions: 'Mijn waarderingen',
    notifications: 'Meldingen',
    auditEvents: 'Auditlog: wat ik deed en wat anderen met mijn account deden',
  },
  fields: {
    id: 'Kenmerk', email: 'E-mailadres', displayName: 'Naam', locale: 'Taal', contractHours: 'Contracturen per week', roles: 'Rollen',
    active: 'Actief', createdAt: 'Aangemaakt', organization: 'Organisatie', team: 'Team', role: 'Rol', since: 'Sinds',
    developmentQuestion: 'Ontwikkelvraag', motivation: 'Motivatie', challenges: 'Uitdagingen', careerCompetencies: 'Loopbaancompetenties',
    competences: 'Competenties', successCriteria: 'Succescriteria', targetDate: 'Streefdatum', status: 'Status', visibility: 'Zichtbaarheid',
    progress: 'Voortgang', milestones: 'Mijlpalen', week: 'Week', shared: 'Gedeeld', intentions: 'Voornemens', plannedHours: 'Geplande uren',
    learned: 'Wat ik leerde', applied: 'Wat ik toepaste', hours: 'Uren', energy: 'Energie', climate: 'Werkklimaat', workload: 'Werkdruk',
    aiUsed: 'AI gebruikt', aiHow: 'Hoe AI gebruikt', obstacles: 'Belemmeringen', supportWanted: 'Gewenste steun', nextStep: 'Volgende stap',
    submittedAt: 'Ingeleverd op', date: 'Datum', form: 'Vorm', purpose: 'Doel', decidedBy: 'Besloten door', decidedAt: 'Besloten op',
    decisionComment: 'Toelichting', kind: 'Soort', title: 'Titel', startsAt: 'Begint', durationMinutes: 'Duur (minuten)',
    participation: 'Mijn deelname', agenda: 'Agenda', outcomes: 'Uitkomsten', agreements: 'Afspraken', body: 'Tekst', fromWeek: 'Uit week',
    hidden: 'Verborgen', reactions: 'Waarderingen', read: 'Gelezen', data: 'Gegevens', action: 'Actie', by: 'Door', target: 'Betreft',
    details: 'Details',
  },
  participation: { attended: 'aanwezig', facilitated: 'begeleider', created: 'gepland' },
  by: { self: 'ikzelf', other: 'iemand anders', system: 'Vitaal' },
  values: {
    roles: { admin: 'Beheerder', lno: 'L&O', member: 'Lid', manager: 'Leidinggevende' },
    goalStatus: { draft: 'Concept', active: 'Actief', achieved: 'Behaald', paused: 'Gepauzeerd', dropped: 'Gestopt' },
    visibility: { private: 'Alleen ik', shared: 'Gedeeld' },
    weekStatus: { draft: 'Concept', submitted: 'Ingeleverd' },
    requestStatus: { pending: 'Wacht op beslissing', approved: 'Goedgekeurd', rejected: 'Afgewezen', cancelled: 'Ingetrokken' },
    forms: { workplace: 'Op de werkplek', course: 'Cursus of training', peer: 'Met en van collega’s', self_study: 'Zelfstudie' },
    sessionKinds: { intervision: 'Intervisie', peer_learning: 'Leren van collega’s', knowledge_share: 'Kennisdeling', retrospective: 'Retrospectief', other: 'Anders' },
    reactions: { like: 'Mooi', insightful: 'Leerzaam', thanks: 'Bedankt' },
    challenges: {
      qualification: 'Gekwalificeerde en betrokken professionals', ai: 'Kritisch werken met AI', productivity: 'Productiviteit',
      vitality: 'Vitaliteit en werkklimaat', inclusion: 'Inclusie', sustainability: 'Maatschappelijke bijdrage',
    },
    careerCompetencies: {
      qualities: 'Kwaliteitenreflectie', motives: 'Motievenreflectie', work_exploration: 'Werkexploratie', career_steering: 'Loopbaansturing', networking: 'Netwerken',
    },
  },
};

export type DocumentLabels = typeof nl;

const en: DocumentLabels = {
  title: 'My data in Vitaal',
  intro: 'Everything Vitaal keeps about {name}, requested on {date}. The JSON file holds the same, for other programs.',
  none: 'Nothing kept.',
  yes: 'yes',
  no: 'no',
  sections: {
    person: 'Profile',
    memberships: 'Teams',
    goals: 'Learning goals',
    weeks: 'Vital Weeks',
    learningTimeRequests: 'Learning-time requests',
    teamSessions: 'Team sessions',
    sharedLearnings: 'Shared learnings',
    comments: 'My comments on shared learnings',
    reactions: 'My reactions',
    notifications: 'Notifications',
    auditEvents: 'Audit log: what I did and what others did with my account',
  },
  fields: {
    id: 'Identifier', email: 'Email address', displayName: 'Name', locale: 'Language', contractHours: 'Contract hours per week', roles: 'Roles',
    active: 'Active', createdAt: 'Created', organization: 'Organisation', team: 'Team', role: 'Role', since: 'Since',
    developmentQuestion: 'Development question', motivation: 'Motivation', challenges: 'Challenges', careerCompetencies: 'Career competencies',
    competences: 'Competences', successCriteria: 'Success criteria', targetDate: 'Target date', status: 'Status', visibility: 'Visibility',
    progress: 'Progress', milestones: 'Milestones', week: 'Week', shared: 'Shared', intentions: 'Intentions', plannedHours: 'Planned hours',
    learned: 'What I learned', applied: 'What I applied', hours: 'Hours', energy: 'Energy', climate: 'Work climate', workload: 'Workload',
    aiUsed: 'AI used', aiHow: 'How AI was used', obstacles: 'Obstacles', supportWanted: 'Support wanted', nextStep: 'Next step',
    submittedAt: 'Submitted on', date: 'Date', form: 'Form', purpose: 'Purpose', decidedBy: 'Decided by', decidedAt: 'Decided on',
    decisionComment: 'Comment', kind: 'Kind', title: 'Title', startsAt: 'Starts', durationMinutes: 'Duration (minutes)',
    participation: 'My part', agenda: 'Agenda', outcomes: 'Outcomes', agreements: 'Agreements', body: 'Text', fromWeek: 'From week',
    hidden: 'Hidden', reactions: 'Reactions', read: 'Read', data: 'Data', action: 'Action', by: 'By', target: 'Concerns',
    details: 'Details',
  },
  participation: { attended: 'attended', facilitated: 'facilitator', created: 'planned' },
  by: { self: 'me', other: 'someone else', system: 'Vitaal' },
  values: {
    roles: { admin: 'Administrator', lno: 'L&O', member: 'Member', manager: 'Manager' },
    goalStatus: { draft: 'Draft', active: 'Active', achieved: 'Achieved', paused: 'Paused', dropped: 'Dropped' },
    visibility: { private: 'Only me', shared: 'Shared' },
    weekStatus: { draft: 'Draft', submitted: 'Submitted' },
    requestStatus: { pending: 'Awaiting decision', approved: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled' },
    forms: { workplace: 'At the workplace', course: 'Course or training', peer: 'With and from colleagues', self_study: 'Self-study' },
    sessionKinds: { intervision: 'Intervision', peer_learning: 'Peer learning', knowledge_share: 'Knowledge sharing', retrospective: 'Retrospective', other: 'Other' },
    reactions: { like: 'Nice', insightful: 'Insightful', thanks: 'Thanks' },
    challenges: {
      qualification: 'Qualified and engaged professionals', ai: 'Working critically with AI', productivity: 'Productivity',
      vitality: 'Vitality and work climate', inclusion: 'Inclusion', sustainability: 'Contribution to society',
    },
    careerCompetencies: {
      qualities: 'Reflecting on qualities', motives: 'Reflecting on motives', work_exploration: 'Work exploration', career_steering: 'Career steering', networking: 'Networking',
    },
  },
};

export const documentLabels: Record<Locale, DocumentLabels> = { nl, en };
