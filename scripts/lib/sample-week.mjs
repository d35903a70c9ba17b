// The body of a week save that the load scripts (bench, soak) send: a plan and a complete reflection.

/** A save on `version` whose plan says `intentions`. */
export function sampleWeekSave(version, intentions, plannedHours = 2) {
  return {
    version,
    shared: false,
    plan: { intentions, plannedHours },
    reflection: {
      learned: 'Iets geleerd',
      applied: '',
      hours: { workplace: 1, course: null, peer: null, self_study: null },
      energy: 3,
      climate: 3,
      workload: 3,
      aiUsed: false,
      aiHow: '',
      obstacles: '',
      supportWanted: '',
      nextStep: '',
    },
    goals: [],
  };
}
