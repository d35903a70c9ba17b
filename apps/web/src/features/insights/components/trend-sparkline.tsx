import { useTranslation } from 'react-i18next';
import { formatPercent, weekNumber } from '@/lib/format';

const WIDTH = 80;
const HEIGHT = 24;

/** Runs of consecutive shown weeks, each drawn as its own line, so a withheld week leaves a gap. */
function segments(trend: (number | null)[]): string[] {
  const step = trend.length > 1 ? WIDTH / (trend.length - 1) : 0;
  const runs: string[][] = [[]];
  trend.forEach((value, index) => {
    if (value === null) runs.push([]);
    else runs.at(-1)!.push(`${(index * step).toFixed(1)},${(HEIGHT - 2 - (value / 100) * (HEIGHT - 4)).toFixed(1)}`);
  });
  // A single shown week gets a dot-sized line so it is still visible.
  return runs.filter((run) => run.length > 0).map((run) => (run.length === 1 ? `${run[0]} ${run[0]}` : run.join(' ')));
}

/**
 * Reflections submitted per week, as a small line next to the team's figures. A plain SVG rather
 * than a chart component: the overview can hold hundreds of rows. The picture is hidden from
 * screen readers, which read the first and last shown week instead.
 */
export function TrendSparkline({ trend, weeks }: { trend: (number | null)[]; weeks: string[] }) {
  const { t } = useTranslation();
  const shown = trend.flatMap((value, index) =>
    value === null ? [] : [{ value, week: weekNumber(weeks[index] ?? '') }],
  );
  const first = shown[0];
  const last = shown.at(-1);
  const text =
    !first || !last
      ? t('insights.trend.none')
      : t('insights.trend.text', {
          from: formatPercent(first.value),
          fromWeek: first.week,
          to: formatPercent(last.value),
          toWeek: last.week,
        });
  return (
    <span className="insights-trend">
      {first && (
        <svg
          className="insights-trend__line"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          aria-hidden="true"
          focusable="false"
        >
          {segments(trend).map((points) => (
            <polyline key={points} points={points} />
          ))}
        </svg>
      )}
      <span className={first ? 'visually-hidden' : 'insights-withheld__reason'}>{text}</span>
    </span>
  );
}
