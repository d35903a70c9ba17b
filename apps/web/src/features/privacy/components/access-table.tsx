import { useTranslation } from 'react-i18next';
import { RELATIONS, type AccessRow } from '@vitaal/shared/transparency';
import { TableScroll } from '@/components/table-scroll';

/** The access policy's table: one row per kind of data, one column per relation to the professional. */
export function AccessTable({ rows }: { rows: AccessRow[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('privacy.matrix.scrollLabel')}>
      <table className="table privacy-table">
        <caption>{t('privacy.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.matrix.data')}</th>
            {RELATIONS.map((relation) => (
              <th key={relation} scope="col">
                {t(`privacy.matrix.relations.${relation}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, access }) => (
            <tr key={kind}>
              <th scope="row">{t(`privacy.kinds.${kind}.name`)}</th>
              {RELATIONS.map((relation) => (
                <td key={relation} className={`privacy-access privacy-access--${access[relation]}`}>
                  {t(`privacy.levels.${access[relation]}.label`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
