/** Chart colours with at least 4.5:1 contrast on white, since the legend text takes them too. */
export const CHART_COLORS = {
  planned: '#5b6b8c',
  actual: '#0f766e',
  norm: '#9a3412',
  energy: '#0f766e',
  climate: '#7c3aed',
} as const;
