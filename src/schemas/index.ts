/** Every collection's schema, the public content contract (documented in docs/content-model.md). */
export { imagesAsPaths } from './fields.ts';
export { personSchema, MAX_ASK_ME_ABOUT } from './people.ts';
export { teamSchema } from './teams.ts';
export { departmentSchema } from './departments.ts';
export { strategySchema, STRATEGY_STATUSES } from './strategy.ts';
export { winSchema, outcomeSchema, quoteSchema } from './wins.ts';
export { glossarySchema, MAX_DEFINITION_LENGTH } from './glossary.ts';
export { storySchema, STORY_KINDS } from './stories.ts';
export { initiativeSchema, INITIATIVE_STATUSES } from './initiatives.ts';
export { toolSchema, ringChangeSchema, TOOL_CATEGORIES, TOOL_RINGS } from './tools.ts';
export { siteSchema, siteAddressSchema, contactSchema } from './site.ts';
export { mdxComponentSchemas, CALLOUT_KINDS, type MdxComponentName } from './components.ts';
export { eventSchema, actionSchema, debriefSchema, EVENT_KINDS } from './events.ts';
export { visitSchema } from './visits.ts';
export { announcementSchema } from './announcements.ts';
export { feedbackSchema } from './feedback.ts';
export { pulseRowSchema, pulseQuestionsSchema, IT_GROUP } from './pulse.ts';
export { paceRowSchema } from './pace.ts';
