import { Tag } from '@dhis2-ui/tag';
import { useTranslation } from 'react-i18next';
import { ROLE_KINDS, type RoleKind, type TeamStructureResponse } from '@coreteam/core';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import type { RoleCatalogue } from './role-catalogue.js';
import { keyOf, pluralOf } from './wording.js';

type Coverage = TeamStructureResponse['coverage'][number];
type Holder = Coverage['holders'][number];

/** Who holds each role of the framework, in three groups: core, contributing, optional. */
export function RoleCoverageBoard({
  coverage,
  catalogue,
}: {
  coverage: readonly Coverage[];
  catalogue: RoleCatalogue;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  return (
    <section aria-labelledby="structure-coverage" className="page-section">
      <h2 id="structure-coverage" className="section-title">
        {t('coverage.title')}
      </h2>
      <p className="section-lead">{t('coverage.lead')}</p>
      {ROLE_KINDS.map((kind) => {
        const entries = coverage.filter((entry) => entry.kind === kind);
        if (entries.length === 0) return null;
        return <RoleGroup key={kind} kind={kind} entries={entries} catalogue={catalogue} />;
      })}
    </section>
  );
}

function RoleGroup({
  kind,
  entries,
  catalogue,
}: {
  kind: RoleKind;
  entries: readonly Coverage[];
  catalogue: RoleCatalogue;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const headingId = `coverage-${kind}`;
  return (
    <section aria-labelledby={headingId} className="role-group">
      <h3 id={headingId} className="subsection-title">
        {t(`kinds.${kind}.title`)}
      </h3>
      <p className="section-lead">
        {t(`kinds.${kind}.lead`, { serverRole: catalogue.name('server-administrator') })}
      </p>
      <ul className="role-board">
        {entries.map((entry) => (
          <RoleCard key={entry.roleKey} entry={entry} catalogue={catalogue} />
        ))}
      </ul>
    </section>
  );
}

function RoleCard({ entry, catalogue }: { entry: Coverage; catalogue: RoleCatalogue }) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const role = catalogue.role(entry.roleKey);
  const name = catalogue.name(entry.roleKey);
  const catalogueName = catalogue.catalogueName(entry.roleKey);
  const current = entry.holders.filter((holder) => holder.status === 'current');
  const envisioned = entry.holders.filter((holder) => holder.status === 'envisioned');
  const anonymous = entry.holders.some((holder) => holder.memberName === undefined);

  return (
    <li className="role-card" data-role={entry.roleKey}>
      <h4 className="role-card__name">{name}</h4>
      {catalogueName !== name && (
        <p className="role-card__catalogue-name">{t('coverage.catalogueName', { name: catalogueName })}</p>
      )}
      {role && (
        <p className="role-card__dedication">
          <Tag neutral>{t(`dedications.${keyOf(role.dedication)}`)}</Tag>
        </p>
      )}
      {current.length === 0 && (
        <p className={entry.kind === 'core' ? 'role-card__empty role-card__empty--core' : 'role-card__empty'}>
          {t('coverage.notFilled')}
        </p>
      )}
      {anonymous ? (
        <ul className="role-card__holders">
          {current.length > 0 && (
            <li>
              {t(`coverage.heldBy.${pluralOf(current.length, i18n.language)}`, { count: current.length })}
            </li>
          )}
          {envisioned.length > 0 && (
            <li>
              {t(`coverage.growingInto.${pluralOf(envisioned.length, i18n.language)}`, {
                count: envisioned.length,
              })}
            </li>
          )}
        </ul>
      ) : (
        entry.holders.length > 0 && (
          <ul className="role-card__holders">
            {[...current, ...envisioned].map((holder) => (
              <HolderItem
                key={`${holder.memberId}-${holder.subRoleKey ?? ''}`}
                holder={holder}
                subRoleName={catalogue.subRoleName(entry.roleKey, holder.subRoleKey)}
              />
            ))}
          </ul>
        )
      )}
    </li>
  );
}

function HolderItem({ holder, subRoleName }: { holder: Holder; subRoleName: string | undefined }) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const name = holder.memberName ?? '';
  return (
    <li className="role-card__holder">
      <span>{subRoleName ? t('coverage.withSubRole', { name, subRole: subRoleName }) : name}</span>
      {holder.status === 'envisioned' && <Tag>{t('statuses.envisioned')}</Tag>}
    </li>
  );
}
