import type { ActorTables } from '../src/lexicon/actor-tables.js';

/**
 * Builds a Chinese news-like corpus from Readout's own tables: sentences in the shapes readouts use (visits,
 * talks, calls, signings, protests, sanctions, strikes), with actors drawn from the country and people tables.
 * Deterministic (seeded), so runs compare.
 */
export function buildZhCorpus(tables: ActorTables, sentences: number, seed = 7): string[] {
  let state = seed;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const countries = tables.countries.map((c) => c.zh[0]!);
  const people = tables.people.filter((p) => p.zh.length).map((p) => p.zh[0]!);
  const actor = () => (rand(3) === 0 ? pick(people) : pick(countries));
  const day = () => `${1 + rand(12)}月${1 + rand(28)}日`;
  const shapes: (() => string)[] = [
    () => `${day()}，${actor()}在北京会见了${actor()}，双方就双边关系和共同关心的国际地区问题交换了意见。`,
    () => `${actor()}应邀于${day()}抵达${pick(countries)}，开始对该国进行为期三天的正式访问。`,
    () => `${actor()}同${actor()}通电话，表示愿同对方加强经贸合作。`,
    () => `${actor()}与${actor()}签署了关于扩大投资合作的谅解备忘录。`,
    () => `外交部发言人表示，中方对${actor()}的错误做法表示强烈不满和坚决反对，已向其提出严正交涉。`,
    () => `${actor()}宣布对${actor()}实施制裁，并暂停进口其部分农产品。`,
    () => `据报道，${actor()}军队${day()}空袭了${pick(countries)}境内的多个目标，造成人员伤亡。`,
    () => `${actor()}敦促${actor()}保持克制，通过对话和谈判解决分歧。`,
    () => `${actor()}高度赞赏${actor()}在地区问题上发挥的建设性作用。`,
    () => `两国领导人还就乌克兰局势、朝鲜半岛问题等深入交换了看法，同意继续保持密切沟通。`,
  ];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(pick(shapes)());
  return out;
}

/** The English counterpart: wire-style sentences with actors drawn from the tables' English names. */
export function buildEnCorpus(tables: ActorTables, sentences: number, seed = 11): string[] {
  let state = seed;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const countries = tables.countries.map((c) => c.en[0]!);
  const people = tables.people.map((p) => p.en);
  const actor = () => (rand(3) === 0 ? pick(people) : pick(countries));
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const shapes: (() => string)[] = [
    () => `${actor()} met ${actor()} in Geneva on ${pick(days)} to discuss trade and security.`,
    () => `${actor()} arrived in ${pick(countries)} on ${pick(days)} for a three-day official visit.`,
    () => `${actor()} held a phone call with ${actor()} and said both sides would strengthen cooperation.`,
    () => `${actor()} and ${actor()} signed a memorandum of understanding on energy cooperation.`,
    () => `The foreign ministry of ${pick(countries)} strongly condemned the attack and summoned the ambassador of ${pick(countries)}.`,
    () => `${actor()} announced new sanctions against ${actor()} over its support for the war.`,
    () => `${pick(countries)} launched air strikes on targets in ${pick(countries)}, officials said.`,
    () => `${actor()} urged ${actor()} to exercise restraint and return to negotiations.`,
    () => `${actor()} praised ${actor()} for its constructive role in the region.`,
    () => `The two leaders also exchanged views on the situation in the Middle East.`,
  ];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(pick(shapes)());
  return out;
}
