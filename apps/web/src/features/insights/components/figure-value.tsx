import { useTranslation } from 'react-i18next';
import { formatFigure, type FigureFormat, type Shown } from '../utils/figures';

interface FigureValueProps {
  figure: Shown;
  format: FigureFormat;
  minGroupSize: number;
}

/** A figure, or a dash with the reason in words: a withheld figure never shows as a number. */
export function FigureValue({ figure, format, minGroupSize }: FigureValueProps) {
  const { t } = useTranslation();
  if (figure.value !== null) return <>{formatFigure(figure.value, format)}</>;
  return (
    <span className="insights-withheld">
      <span aria-hidden="true">–</span>{' '}
      <span className={figure.reason ? 'insights-withheld__reason' : 'visually-hidden'}>
        {t(`insights.withheld.${figure.reason ?? 'none'}`, { min: minGroupSize })}
      </span>
    </span>
  );
}
