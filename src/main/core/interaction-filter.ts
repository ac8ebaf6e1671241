// The WHERE clause every reader of interactions shares: time window and channels (kept in the store).
export { interactionFilter } from './db/interactions';
