// Turns what the network holds (db/network-evidence) into guidance items: which scores are weak on
// this data, why, and what to import or type in (issue #14 part 7). No item when the data is enough.
import type { Db } from './db/connection';
import { networkEvidence } from './db/network-evidence';
import type { Guidance, GuidanceFix, GuidanceItem, NetworkEvidence } from '../../shared/guidance';

/**
 * The rules, in the order the views list them. Thresholds are "half": below it, the people or
 * pairs the data says nothing about are the minority and the score already tells them apart.
 */
export function guidanceItems(e: NetworkEvidence): GuidanceItem[] {
  const items: GuidanceItem[] = [];
  const imports = (...fixes: Array<GuidanceFix | false>) => fixes.filter((f): f is GuidanceFix => f !== false);
  const noMessages = !e.holds.linkedinMessage && 'linkedinMessages';
  const noX = !e.holds.x && 'xArchive';

  // My network is the owner's view: reconnect, introductions and one-sided ties are all about them.
  if (e.people > 0 && e.ownerId === null) items.push({ id: 'owner', affects: ['my_network'], params: {}, fixes: ['setOwner'], action: 'owner' });

  // PageRank only tells people apart by who points at them: contacts tied by a connection alone are
  // structurally the same (a tie both ways with the owner), so they share one influence score.
  if (e.contacts > 0 && e.silentContacts * 2 >= e.contacts) {
    items.push({
      id: 'talk',
      affects: ['influence', 'pagerank', 'authority', 'hub'],
      params: { silent: e.silentContacts, contacts: e.contacts, connectionOnly: e.connectionOnlyContacts },
      fixes: imports(noMessages, noX, 'logMeeting'),
      action: 'import',
    });
  }

  // A connection is written both ways (accepted by both), so it makes any pair two-way.
  if (e.reciprocalPairs !== null && e.reciprocalPairs > 0 && e.reciprocalByConnection * 2 >= e.reciprocalPairs) {
    items.push({
      id: 'reciprocity',
      affects: ['reciprocity', 'my_network'],
      params: { byConnection: e.reciprocalByConnection, reciprocal: e.reciprocalPairs },
      fixes: imports(noMessages, 'listening'),
      action: 'import',
    });
  }

  // When contacts are tied to the owner only, every shortest path runs through the owner.
  if (e.contactsBeyondOwner !== null && e.contacts >= 3 && e.contactsBeyondOwner * 2 < e.contacts) {
    items.push({
      id: 'brokerage',
      affects: ['betweenness', 'constraint', 'closeness', 'clustering', 'communities'],
      params: { beyond: e.contactsBeyondOwner, contacts: e.contacts },
      fixes: imports(noMessages, 'listening'),
      action: 'import',
    });
  }

  // Isolated people get the lowest PageRank there is: influence 0, betweenness 0, no reciprocity.
  if (e.untied > 0) {
    items.push({ id: 'untied', affects: ['influence', 'pagerank', 'betweenness', 'reciprocity'], params: { untied: e.untied, people: e.people }, fixes: ['logMeeting'], action: 'logInteraction' });
  }

  // Tie strength adds meetings and co-attendance (guests marked attended at the same event) to
  // online exchanges; with neither it is online only. Invited or confirmed guests count for nothing yet.
  if (e.contacts > 0 && !e.holds.meeting && e.attendance.coAttended === 0) {
    const { guests, attended } = e.attendance;
    items.push({ id: 'meetings', affects: ['tie_strength', 'my_network'], params: { guests, attended }, fixes: guests > 0 ? ['markAttended', 'logMeeting'] : ['guestList', 'logMeeting'], action: guests > 0 ? 'events' : 'import' });
  }
  return items;
}

export function networkGuidance(db: Db): Guidance {
  const evidence = networkEvidence(db);
  return { items: guidanceItems(evidence), evidence };
}
