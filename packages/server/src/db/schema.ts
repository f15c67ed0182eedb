import type { Insertable, Selectable, Updateable } from 'kysely';

/** Instance-wide settings, one row per key (e.g. whether two-factor sign-in is required for everyone). */
export interface SystemSettingTable {
  key: string;
  value: string;
  updated_at: string;
}
export type SystemSettingRow = Selectable<SystemSettingTable>;
export type NewSystemSettingRow = Insertable<SystemSettingTable>;
export type SystemSettingUpdate = Updateable<SystemSettingTable>;

/** Every table Coreteam stores, as Kysely sees it. */
export interface Database {
  system_setting: SystemSettingTable;
}
