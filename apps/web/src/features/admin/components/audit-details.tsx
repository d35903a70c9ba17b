import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditEventResponse } from '@vitaal/shared/people';
import { ORG_ROLES, TEAM_ROLES, type OrgRole, type TeamRole } from '@vitaal/shared/roles';
import { weekDates, weekNumber } from '@/lib/format';
import { PersonName } from './audit-names';

// Details are free-form JSON; read them defensively, so an older or newer event never breaks the page.
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const isOrgRole = (value: string): value is OrgRole => (ORG_ROLES as readonly string[]).includes(value);
const isTeamRole = (value: unknown): value is TeamRole =>
  typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);

const SETTINGS = [
  'name',
  'timezone',
  'locale',
  'learningNormPercent',
  'reflectionEditWindowDays',
  'minGroupSize',
  'retentionMonths',
] as const;
const isSetting = (value: string): value is (typeof SETTINGS)[number] =>
  (SETTINGS as readonly string[]).includes(value);

const SIGN_IN_FAILURES = ['unknown_email', 'wrong_password', 'deactivated'] as const;
const isSignInFailure = (value: unknown): value is (typeof SIGN_IN_FAILURES)[number] =>
  typeof value === 'string' && (SIGN_IN_FAILURES as readonly string[]).includes(value);

function roleNames(t: TFunction, value: unknown): string {
  const roles = strings(value).filter(isOrgRole);
  return roles.length === 0 ? t('admin.roles.none') : roles.map((role) => t(`admin.roles.${role}`)).join(', ');
}

function teamRoleName(t: TFunction, value: unknown): string {
  return isTeamRole(value) ? t(`admin.teamRoles.${value}`) : text(value);
}

const RETENTION_COUNTS = ['weeks', 'learningTimeRequests', 'notifications'] as const;

/** "3 weeks and 6 learning-time requests from before week 48 (…)", leaving out what was not deleted. */
function retentionSummary(t: TFunction, language: string, details: Record<string, unknown>): string {
  const items = RETENTION_COUNTS.flatMap((kind) => {
    const count = Number(details[kind]);
    return count > 0 ? [t(`admin.audit.retention.${kind}`, { count })] : [];
  });
  const before = text(details.before);
  return t('admin.audit.retention.summary', {
    items: new Intl.ListFormat(language, { type: 'conjunction' }).format(items),
    number: weekNumber(before),
    dates: weekDates(before, { month: 'long' }),
    months: text(details.retentionMonths),
  });
}

function Change({ from, to }: { from: ReactNode; to: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {from} <span aria-hidden="true">→</span>
      <span className="visually-hidden">{t('admin.audit.changedTo')}</span> {to}
    </>
  );
}

/** A short, readable summary of what changed; ids become names. */
export function AuditDetails({ event }: { event: AuditEventResponse }) {
  const { t, i18n } = useTranslation();
  const details = event.details;
  switch (event.action) {
    case 'user.roles_changed':
      return <Change from={roleNames(t, details.from)} to={roleNames(t, details.to)} />;
    case 'user.contract_hours_changed':
    case 'team.renamed':
      return <Change from={text(details.from)} to={text(details.to)} />;
    case 'team.member_added':
      return (
        <>
          <PersonName id={text(details.userId)} /> ({teamRoleName(t, details.role)})
        </>
      );
    case 'team.member_role_changed':
      return (
        <>
          <PersonName id={text(details.userId)} />:{' '}
          <Change from={teamRoleName(t, details.from)} to={teamRoleName(t, details.to)} />
        </>
      );
    case 'team.member_removed':
      return <PersonName id={text(details.userId)} />;
    case 'organization.settings_changed':
      return (
        <>
          {Object.entries(details)
            .map(([key, value]) => `${isSetting(key) ? t(`admin.organization.${key}`) : key}: ${text(value)}`)
            .join('; ')}
        </>
      );
    case 'invitation.created':
      return (
        <>
          {t('admin.audit.invitationDetails', {
            roles: roleNames(t, details.roles),
            count: strings(details.teamIds).length,
          })}
        </>
      );
    case 'invitation.merged':
      return (
        <>
          {t('admin.audit.invitationAdded', {
            roles: roleNames(t, details.addedRoles),
            count: strings(details.addedTeamIds).length,
          })}
        </>
      );
    case 'learning_time.approved':
    case 'learning_time.rejected':
      return (
        <>
          <PersonName id={text(details.requesterId)} />:{' '}
          {t('admin.audit.learningTimeDetails', {
            count: Number(details.hours),
            number: weekNumber(text(details.week)),
            dates: weekDates(text(details.week)),
          })}
        </>
      );
    case 'insights.exported':
      return <>{t('admin.audit.exportWeeks', { count: Number(details.weeks) })}</>;
    case 'personal_data.exported':
      return (
        <>
          {details.format === 'json' || details.format === 'document'
            ? t(`admin.audit.personalData.${details.format}`)
            : text(details.format)}
          {details.onRequest === true && `, ${t('admin.audit.personalData.onRequest')}`}
        </>
      );
    case 'sign_in.failed':
      return (
        <>
          {isSignInFailure(details.reason) ? t(`admin.audit.signInFailures.${details.reason}`) : text(details.reason)} (
          {text(details.email)})
        </>
      );
    case 'retention.applied':
      return <>{retentionSummary(t, i18n.language, details)}</>;
    default:
      return null;
  }
}
