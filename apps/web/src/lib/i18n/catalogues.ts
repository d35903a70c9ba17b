import enAdmin from './en/admin.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enProfile from './en/profile.json';
import nlAdmin from './nl/admin.json';
import nlAuth from './nl/auth.json';
import nlCommon from './nl/common.json';
import nlProfile from './nl/profile.json';

/** One file per section, so features can grow their text without touching each other's. */
export const nl = { ...nlCommon, auth: nlAuth, profile: nlProfile, admin: nlAdmin };

/** Dutch is the source catalogue: English must have exactly its keys, or the type check fails. */
export type Catalogue = typeof nl;

export const en: Catalogue = { ...enCommon, auth: enAuth, profile: enProfile, admin: enAdmin };
