import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import './team-structure.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { NoticeBox } from '@dhis2-ui/notice-box';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { Tag } from '@dhis2-ui/tag';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { TeamAccessEntry, TeamMember } from '@coreteam/core';
import { deleteRequest, getJson, isAbortError } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import type { SelectOption } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useMe } from '../../shared/session/session-context.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { AddMemberForm } from './add-member-form.js';
import { GrowthDialog } from './growth-dialog.js';
import { DepartureDialog, EditMemberDialog, RolesDialog } from './member-dialogs.js';
import { useRoleCatalogue, type RoleCatalogue } from './role-catalogue.js';
import { canReadRoster, TeamPageGate } from './team-access.js';
import { formatDay, formatPercent, keyOf, today } from './wording.js';

type MemberList = { members: TeamMember[] };
type MemberDialog = 'edit' | 'self' | 'roles' | 'departure' | 'growth' | 'remove';

/** The people who fill the team's roles. Not for viewers, who see the structure without names. */
export default function RosterPage() {
  const { teamId } = useParams<{ teamId: string }>();
  return (
    <TeamPageGate teamId={teamId} allow={canReadRoster}>
      {(team) => (
        <Roster teamId={teamId} canManage={team.canManage} canEditOwn={team.roles.includes('member')} />
      )}
    </TeamPageGate>
  );
}

/** The accounts with a role in the team, which a roster entry can be linked to (leads only). */
function useTeamAccounts(teamId: string, enabled: boolean): SelectOption[] | undefined {
  const [accounts, setAccounts] = useState<SelectOption[]>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    getJson<{ access: TeamAccessEntry[] }>(
      `/api/teams/${encodeURIComponent(teamId)}/access`,
      controller.signal,
    ).then(
      ({ access }) =>
        setAccounts(
          access.map((entry) => ({ value: entry.userId, label: `${entry.displayName} (${entry.email})` })),
        ),
      (error: unknown) => {
        // Without the list the form simply offers no linking; the roster itself still works.
        if (!isAbortError(error)) setAccounts(undefined);
      },
    );
    return () => controller.abort();
  }, [teamId, enabled]);
  return accounts;
}

function Roster({
  teamId,
  canManage,
  canEditOwn,
}: {
  teamId: string;
  canManage: boolean;
  canEditOwn: boolean;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const me = useMe();
  const membersPath = `/api/teams/${encodeURIComponent(teamId)}/members`;
  const members = useApiResource<MemberList>(membersPath);
  const catalogue = useRoleCatalogue(teamId);
  const accounts = useTeamAccounts(teamId, canManage);
  const [open, setOpen] = useState<{ dialog: MemberDialog; member: TeamMember }>();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [success, setSuccess] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const list = members.state.status === 'loaded' ? members.state.data.members : [];
  const memberPath = (member: TeamMember) => `${membersPath}/${encodeURIComponent(member.id)}`;
  const replaceMember = (updated: TeamMember) =>
    members.replace({ members: list.map((each) => (each.id === updated.id ? updated : each)) });
  const done = (updated: TeamMember, message: string) => {
    replaceMember(updated);
    setOpen(undefined);
    setFailure(undefined);
    setSuccess(message);
  };
  const openDialog = (dialog: MemberDialog, member: TeamMember) => {
    setSuccess(undefined);
    setFailure(undefined);
    setOpen({ dialog, member });
  };

  const remove = async (member: TeamMember) => {
    setBusy(true);
    try {
      await deleteRequest(memberPath(member));
      members.replace({ members: list.filter((each) => each.id !== member.id) });
      setSuccess(t('roster.removed', { name: member.name }));
    } catch (error) {
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
      setOpen(undefined);
    }
  };

  const failed =
    members.state.status === 'failed'
      ? members.state
      : catalogue.state.status === 'failed'
        ? catalogue.state
        : undefined;
  const roles = catalogue.state.status === 'loaded' ? catalogue.state.data : undefined;

  return (
    <>
      <h1 className="page-title">{t('roster.title')}</h1>
      <p className="page-lead">{canManage ? t('roster.lead') : t('roster.leadReadOnly')}</p>
      <FormSuccess message={success} />
      <FormError message={failure} />
      {failed && (
        <LoadFailure
          error={failed.error}
          onRetry={() => {
            members.reload();
            catalogue.reload();
          }}
        />
      )}
      {!failed && (members.state.status === 'loading' || !roles) && <PageLoading />}
      {members.state.status === 'loaded' && roles && (
        <>
          {list.length === 0 ? (
            <p className="empty-state">{t('roster.none')}</p>
          ) : (
            <RosterTable
              members={list}
              catalogue={roles}
              myUserId={me.user.id}
              canManage={canManage}
              canEditOwn={canEditOwn}
              onOpen={openDialog}
            />
          )}
          {canManage && (
            <section aria-labelledby="add-member" className="page-section">
              <div className="section-heading">
                <h2 id="add-member" className="section-title">
                  {t('roster.addTitle')}
                </h2>
              </div>
              {adding ? (
                <Card>
                  <AddMemberForm
                    membersPath={membersPath}
                    catalogue={roles}
                    accounts={accounts}
                    onCancel={() => setAdding(false)}
                    onAdded={(member) => {
                      members.replace({ members: [...list, member] });
                      setAdding(false);
                      setFailure(undefined);
                      setSuccess(t('roster.added', { name: member.name }));
                    }}
                  />
                </Card>
              ) : (
                <>
                  <p className="section-lead">{t('roster.addLead')}</p>
                  <Button
                    primary
                    onClick={() => {
                      setSuccess(undefined);
                      setAdding(true);
                    }}
                  >
                    {t('roster.add')}
                  </Button>
                </>
              )}
            </section>
          )}
        </>
      )}

      {open && (open.dialog === 'edit' || open.dialog === 'self') && (
        <EditMemberDialog
          memberPath={memberPath(open.member)}
          member={open.member}
          mode={open.dialog}
          accounts={accounts}
          onConflict={replaceMember}
          onClose={() => setOpen(undefined)}
          onSaved={(updated) => done(updated, t('roster.saved', { name: updated.name }))}
        />
      )}
      {open?.dialog === 'roles' && roles && (
        <RolesDialog
          memberPath={memberPath(open.member)}
          member={open.member}
          catalogue={roles}
          onConflict={replaceMember}
          onClose={() => setOpen(undefined)}
          onSaved={(updated) => done(updated, t('roster.rolesSaved', { name: updated.name }))}
        />
      )}
      {open?.dialog === 'departure' && (
        <DepartureDialog
          memberPath={memberPath(open.member)}
          member={open.member}
          onConflict={replaceMember}
          onClose={() => setOpen(undefined)}
          onSaved={(updated) => done(updated, t('roster.departureSaved', { name: updated.name }))}
        />
      )}
      {open?.dialog === 'growth' && (
        <GrowthDialog
          memberPath={memberPath(open.member)}
          member={open.member}
          canEdit={canManage}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open?.dialog === 'remove' && (
        <ConfirmDialog
          title={t('roster.removeTitle', { name: open.member.name })}
          confirmLabel={t('roster.remove')}
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onConfirm={() => void remove(open.member)}
        >
          <p>{t('roster.removeText', { name: open.member.name })}</p>
          {!open.member.endDate && (
            <div className="stack-item">
              <NoticeBox>{t('roster.removeHint')}</NoticeBox>
            </div>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

function RosterTable({
  members,
  catalogue,
  myUserId,
  canManage,
  canEditOwn,
  onOpen,
}: {
  members: readonly TeamMember[];
  catalogue: RoleCatalogue;
  myUserId: string;
  canManage: boolean;
  canEditOwn: boolean;
  onOpen: (dialog: MemberDialog, member: TeamMember) => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const language = i18n.language;
  const now = today();
  const hasLeft = (member: TeamMember) => member.endDate !== null && member.endDate <= now;
  const ordered = [...members.filter((member) => !hasLeft(member)), ...members.filter(hasLeft)];

  return (
    <div className="table-wrapper">
      <DataTable>
        <DataTableHead>
          <DataTableRow>
            <DataTableColumnHeader>{t('roster.name')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.organisation')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.affiliation')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.inCountry')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.timeShare')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.funding')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('roster.roles')}</DataTableColumnHeader>
            <DataTableColumnHeader>
              <span className="visually-hidden">{t('roster.actions')}</span>
            </DataTableColumnHeader>
          </DataTableRow>
        </DataTableHead>
        <DataTableBody>
          {ordered.map((member) => {
            const own = member.userId !== null && member.userId === myUserId;
            const left = hasLeft(member);
            return (
              <DataTableRow key={member.id} dataTest="roster-row">
                <DataTableCell>
                  <span className="roster-name">{member.name}</span>
                  {own && <span className="muted"> {t('roster.you')}</span>}
                  {member.endDate && (
                    <span className="roster-note">
                      {left
                        ? t('roster.leftOn', { date: formatDay(member.endDate, language) })
                        : t('roster.leavesOn', { date: formatDay(member.endDate, language) })}
                      {member.leavingReason ? ` — ${member.leavingReason}` : ''}
                    </span>
                  )}
                </DataTableCell>
                <DataTableCell>{member.organisation || <span className="muted">—</span>}</DataTableCell>
                <DataTableCell>{t(`affiliations.${keyOf(member.affiliation)}`)}</DataTableCell>
                <DataTableCell>{member.basedInCountry ? t('roster.yes') : t('roster.no')}</DataTableCell>
                <DataTableCell className="nowrap">
                  {formatPercent(member.timeSharePercent / 100, language)}
                </DataTableCell>
                <DataTableCell>
                  {t(`fundings.${keyOf(member.funding)}`)}
                  {member.funding !== 'government' && member.partnerFundingEndsOn && (
                    <span className="roster-note">
                      {t('roster.fundingEnds', { date: formatDay(member.partnerFundingEndsOn, language) })}
                    </span>
                  )}
                </DataTableCell>
                <DataTableCell>
                  {member.assignments.length === 0 ? (
                    <span className="muted">{t('roster.noRoles')}</span>
                  ) : (
                    <ul className="roster-roles">
                      {member.assignments.map((assignment) => {
                        const role = catalogue.name(assignment.roleKey);
                        const subRole = catalogue.subRoleName(assignment.roleKey, assignment.subRoleKey);
                        return (
                          <li key={`${assignment.roleKey}-${assignment.subRoleKey ?? ''}`}>
                            <span>{subRole ? t('roleWithSubRole', { role, subRole }) : role}</span>
                            {assignment.status === 'envisioned' && <Tag>{t('statuses.envisioned')}</Tag>}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </DataTableCell>
                <DataTableCell>
                  <span className="roster-actions">
                    {canManage && (
                      <>
                        <Button
                          small
                          secondary
                          onClick={() => onOpen('edit', member)}
                          aria-label={t('roster.editNamed', { name: member.name })}
                        >
                          {t('roster.edit')}
                        </Button>
                        <Button
                          small
                          secondary
                          onClick={() => onOpen('roles', member)}
                          aria-label={t('roster.rolesNamed', { name: member.name })}
                        >
                          {t('roster.rolesButton')}
                        </Button>
                      </>
                    )}
                    {!canManage && own && canEditOwn && (
                      <Button small secondary onClick={() => onOpen('self', member)}>
                        {t('roster.editOwn')}
                      </Button>
                    )}
                    <Button
                      small
                      secondary
                      onClick={() => onOpen('growth', member)}
                      aria-label={t('roster.growthNamed', { name: member.name })}
                    >
                      {t('roster.growth')}
                    </Button>
                    {(canManage || own) && (
                      <Link
                        href={`/teams/${encodeURIComponent(member.teamId)}/members/${encodeURIComponent(member.id)}/learning`}
                        className="roster-link"
                        aria-label={t('roster.learningNamed', { name: member.name })}
                      >
                        {t('roster.learning')}
                      </Link>
                    )}
                    {canManage && !left && (
                      <Button
                        small
                        secondary
                        onClick={() => onOpen('departure', member)}
                        aria-label={t('roster.departureNamed', { name: member.name })}
                      >
                        {t('roster.departure')}
                      </Button>
                    )}
                    {canManage && (
                      <Button
                        small
                        secondary
                        onClick={() => onOpen('remove', member)}
                        aria-label={t('roster.removeNamed', { name: member.name })}
                      >
                        {t('roster.remove')}
                      </Button>
                    )}
                  </span>
                </DataTableCell>
              </DataTableRow>
            );
          })}
        </DataTableBody>
      </DataTable>
    </div>
  );
}
