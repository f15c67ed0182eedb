import { useTranslation } from 'react-i18next';
import type { RoleCatalogue } from '../team-structure/role-catalogue.js';
import { roleColumns, targetId, type DraftArea } from './framework-draft.js';
import { FRAMEWORKS_NAMESPACE } from './i18n.js';

const LEVELS = [0, 1, 2, 3] as const;

/**
 * The level expected per role and category: one row per category, one column per role (and
 * sub-role) that has an area. A compact native select per cell keeps 40 × 5 cells light.
 */
export function FrameworkTargetsTable({
  areas,
  targets,
  onChange,
  catalogue,
  readOnly,
}: {
  areas: readonly DraftArea[];
  targets: Record<string, number>;
  onChange: (id: string, level: number | undefined) => void;
  catalogue: RoleCatalogue;
  readOnly: boolean;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const columns = roleColumns(areas);
  const columnName = (column: (typeof columns)[number]) => {
    const subRole = catalogue.subRoleName(column.roleKey, column.subRoleKey);
    return subRole ? `${catalogue.name(column.roleKey)} – ${subRole}` : catalogue.name(column.roleKey);
  };
  if (columns.length === 0) return <p className="muted">{t('targets.none')}</p>;
  return (
    <div className="table-wrapper">
      <table className="framework-targets" data-testid="framework-targets">
        <caption className="visually-hidden">{t('targets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.category')}</th>
            {columns.map((column) => (
              <th scope="col" key={`${column.roleKey}/${column.subRoleKey ?? ''}`}>
                {columnName(column)}
              </th>
            ))}
          </tr>
        </thead>
        {areas.map((area) => (
          <tbody key={area.uid}>
            <tr>
              <th scope="colgroup" colSpan={columns.length + 1} className="framework-targets-area">
                {area.name || t('editor.unnamed.area')}
              </th>
            </tr>
            {area.categories.map((category) => (
              <tr key={category.uid}>
                <th scope="row">{category.name || t('editor.unnamed.category')}</th>
                {columns.map((column) => {
                  const id = targetId(column.roleKey, column.subRoleKey, category.uid);
                  const level = targets[id];
                  return (
                    <td key={id}>
                      {readOnly ? (
                        (level ?? '–')
                      ) : (
                        <select
                          value={level === undefined ? '' : String(level)}
                          aria-label={t('targets.cellLabel', {
                            role: columnName(column),
                            category: category.name || t('editor.unnamed.category'),
                          })}
                          onChange={(event) =>
                            onChange(id, event.target.value === '' ? undefined : Number(event.target.value))
                          }
                        >
                          <option value="">{t('targets.noTarget')}</option>
                          {LEVELS.map((candidate) => (
                            <option key={candidate} value={candidate}>
                              {candidate}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
