/** Who a noun phrase names: an actor code (or none) with the agents around it, or a new actor named by its text. */
export interface Coding {
  /** CAMEO actor code; null when the phrase names only agents ("officials": `---GOV`). */
  actor: string | null;
  agents: AgentCode[];
  /** Set for a new actor (the `new_actor_length` option): the phrase's words stand for the code. */
  text?: string;
}

export interface AgentCode {
  code: string;
  position: 'prefix' | 'suffix';
}

export const NO_ACTOR = '---';

/**
 * The code PETRARCH writes: prefix agents, the actor, suffix agents (MSF Arnor diplomat → NGOARNGOV). An agent the
 * code already holds, in whole three-letter segments, is not added again: Washington [USAGOV] officials [~GOV] stays
 * USAGOV and Quibbler [HGWGOVMED] government newspaper [~GOVMED] stays HGWGOVMED, while West German [GMWGOV] world
 * government [~WGO] becomes GMWGOVWGO (WGO straddles two segments there).
 */
export function formatCoding(coding: Coding): string {
  // PETRARCH quotes a new actor's words so they cannot be taken for a code.
  if (coding.text !== undefined) return `"${coding.text}"`;
  let code = coding.actor ?? NO_ACTOR;
  const prefixes = coding.agents.filter((a) => a.position === 'prefix');
  if (coding.actor === null && prefixes.length) {
    // A prefix agent with no actor (MSF alone) names the group itself.
    code = prefixes.shift()!.code;
  }
  for (const agent of coding.agents) {
    if (agent.position === 'suffix' && !holdsSegments(code, agent.code)) code += agent.code;
  }
  for (const agent of prefixes.reverse()) if (!holdsSegments(code, agent.code)) code = agent.code + code;
  return code;
}

function holdsSegments(code: string, part: string): boolean {
  if (part.length % 3 !== 0) return code.includes(part);
  for (let i = 0; i + part.length <= code.length; i += 3) if (code.startsWith(part, i)) return true;
  return false;
}
