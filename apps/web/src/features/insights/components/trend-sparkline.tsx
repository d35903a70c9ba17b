import { useTranslation } from 'react-i18next';
import { formatPercent, weekNumber } from '@/lib/format';

const WIDTH = 80;
const HEIGHT = 24;

interface Run {
  /** Weeks still open: drawn dashed, continuing from the last final week. */
  open: boolean;
  indexes: number[];
}

/**
 * Runs of consecutive shown weeks, each drawn as its own line, so a withheld week leaves a gap; the weeks
 * still open get a run of their own that starts at the last final week, so the line goes on dashed.
 */
function runs(trend: (number | null)[], open: boolean[]): { open: boolean; points: string }[] {
  const step = trend.length > 1 ? WIDTH / (trend.length - 1) : 0;
  const point = (index: number) =>
    `${(index * step).toFixed(1)},${(HEIGHT - 2 - (trend[index]! / 100) * (HEIGHT - 4)).toFixed(1)}`;
  const found: Run[] = [];
  let run: Run | null = null;
  trend.forEach((value, index) => {
    if (value === null) {
      run = null;
    } else if (run && run.open === open[index]) {
      run.indexes.push(index);
    } else {
      const from: number[] = run && !run.open ? [run.indexes.at(-1)!] : [];
      run = { open: open[index]!, indexes: [...from, index] };
      found.push(run);
    }
  });
  // A single shown week gets a dot-sized line so it is still visible.
  return found.map(({ open: isOpen, indexes }) => ({
    open: isOpen,
    points: (indexes.length === 1 ? [indexes[0]!, indexes[0]!] : indexes).map(point).join(' '),
  }));
}

interface TrendSparklineProps {
  trend: (number | null)[];
  weeks: string[];
  /** The weeks still open (provisional). */
  open: string[];
}

/**
 * Reflections submitted per week, as a small line next to the team's figures; the weeks still open are
 * dashed. A plain SVG rather than a chart component: the overview can hold hundreds of rows. The picture is
 * hidden from screen readers, which read the first and last final week, and the open weeks apart.
 */
export function TrendSparkline({ trend, weeks, open }: TrendSparklineProps) {
  const { t } = useTranslation();
  const isOpen = weeks.map((week) => open.includes(week));
  const shown = trend.flatMap((value, index) =>
    value === null ? [] : [{ value, week: weekNumber(weeks[index] ?? ''), open: isOpen[index]! }],
  );
  const final = shown.filter((week) => !week.open);
  const first = final[0];
  const last = final.at(-1);
  const latestOpen = shown.filter((week) => week.open).at(-1);
  const text =
    !first || !last
      ? t('insights.trend.none')
      : t('insights.trend.text', {
          from: formatPercent(first.value),
          fromWeek: first.week,
          to: formatPercent(last.value),
          toWeek: last.week,
        }) +
        (latestOpen
          ? t('insights.trend.open', { weeks: latestOpen.week, value: formatPercent(latestOpen.value) })
          : '');
  return (
    <span className="insights-trend">
      {shown.length > 0 && (
        <svg
          className="insights-trend__line"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          aria-hidden="true"
          focusable="false"
        >
          {runs(trend, isOpen).map(({ open: dashed, points }) => (
            <polyline key={points} points={points} className={dashed ? 'insights-trend__open' : undefined} />
          ))}
        </svg>
      )}
      <span className={first ? 'visually-hidden' : 'insights-withheld__reason'}>{text}</span>
    </span>
  );
}
