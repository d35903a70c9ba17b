import enAdmin from './en/admin.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enGoals from './en/goals.json';
import enInsights from './en/insights.json';
import enLearningTime from './en/learningTime.json';
import enMyData from './en/myData.json';
import enNotifications from './en/notifications.json';
import enOverview from './en/overview.json';
import enPeople from './en/people.json';
import enPrivacy from './en/privacy.json';
import enProfile from './en/profile.json';
import enTeamLearning from './en/teamLearning.json';
import enWeeks from './en/weeks.json';
import nlAdmin from './nl/admin.json';
import nlAuth from './nl/auth.json';
import nlCommon from './nl/common.json';
import nlGoals from './nl/goals.json';
import nlInsights from './nl/insights.json';
import nlLearningTime from './nl/learningTime.json';
import nlMyData from './nl/myData.json';
import nlNotifications from './nl/notifications.json';
import nlOverview from './nl/overview.json';
import nlPeople from './nl/people.json';
import nlPrivacy from './nl/privacy.json';
import nlProfile from './nl/profile.json';
import nlTeamLearning from './nl/teamLearning.json';
import nlWeeks from './nl/weeks.json';

/** One file per section, so features can grow their text without touching each other's. */
export const nl = {
  ...nlCommon,
  auth: nlAuth,
  profile: nlProfile,
  admin: nlAdmin,
  overview: nlOverview,
  goals: nlGoals,
  weeks: nlWeeks,
  people: nlPeople,
  learningTime: nlLearningTime,
  notifications: nlNotifications,
  teamLearning: nlTeamLearning,
  insights: nlInsights,
  privacy: nlPrivacy,
  myData: nlMyData,
};

/** Dutch is the source catalogue: English must have exactly its keys, or the type check fails. */
export type Catalogue = typeof nl;

export const en: Catalogue = {
  ...enCommon,
  auth: enAuth,
  profile: enProfile,
  admin: enAdmin,
  overview: enOverview,
  goals: enGoals,
  weeks: enWeeks,
  people: enPeople,
  learningTime: enLearningTime,
  notifications: enNotifications,
  teamLearning: enTeamLearning,
  insights: enInsights,
  privacy: enPrivacy,
  myData: enMyData,
};
