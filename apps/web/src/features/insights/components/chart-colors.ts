/** At least 4.5:1 on white, since the legend's text takes the colour of its series. */
export const CHART_COLORS = {
  slate: '#5b6b8c',
  teal: '#0f766e',
  purple: '#7c3aed',
  rust: '#9a3412',
} as const;
