import { describe, expect, it } from 'vitest';
import { ErrorCodes, RecordsFileError } from '../errors.js';
import { DEFAULT_OPTIONS } from './options.js';
import { parseRecordsXml } from './records-xml.js';

const FILE = 'records.xml';

const XML = `<Validation>
<!-- a comment with a <Sentence> in it -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt, Extra.actors.txt</Actorfile>
    <Agentfile>PETR.Validate.agents.txt</Agentfile>
    <Discardfile>PETR.Validate.discards.txt</Discardfile>
    <Errorfile>Errors.unit-test.txt</Errorfile>
    <Config option="new_actor_length" value="4"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic
ties with Gondor &amp; Rohan.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor))
  (VP (VBZ is))))
</Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option="comma_emax" value="0"></Config>
<Sentence date="19950102" id="DEMO-04" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date = "20080801" id ="ERROR-01" sentence = "True">
<EventCoding error="dateline"></EventCoding>
<Parse>(ROOT (NP (NNP CEBU)))</Parse>
</Sentence>
</Sentences>
</Validation>
`;

describe('parseRecordsXml', () => {
  const file = parseRecordsXml(XML, FILE);

  it('reads the environment: dictionary files, a comma-separated actor list', () => {
    expect(file.environment).toEqual({ verbFile: 'PETR.Validate.verbs.txt', actorFiles: ['PETR.Validate.actors.txt', 'Extra.actors.txt'], agentFile: 'PETR.Validate.agents.txt', discardFile: 'PETR.Validate.discards.txt' });
  });

  it('reads records with text, parse, date, line and what they should code to', () => {
    expect(file.problems).toEqual([]);
    expect(file.records.map((r) => [r.id, r.date, r.active, r.line])).toEqual([
      ['DEMO-00', 19950101, true, 12],
      ['DEMO-04', 19950102, false, 25],
      ['ERROR-01', 20080801, true, 29],
    ]);
    const demo = file.records[0]!;
    expect(demo.text).toBe('Arnor is about to restore full diplomatic ties with Gondor & Rohan.');
    expect(demo.parse).toBe('(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))');
    expect(demo.expected).toEqual({ events: [{ source: 'ARN', target: 'GON', code: '064' }], none: false });
    expect(file.records[1]!.expected).toEqual({ events: [], none: true });
    expect(file.records[2]!.expected).toEqual({ events: [], none: true });
    expect(file.records[2]!.text).toBe('');
  });

  it('applies each <Config> to the records after it, the Environment’s first', () => {
    expect(file.records[0]!.options).toEqual({ ...DEFAULT_OPTIONS, newActorLength: 4 });
    expect(file.records[1]!.options).toEqual({ ...DEFAULT_OPTIONS, newActorLength: 4, requireDyad: false, comma: { ...DEFAULT_OPTIONS.comma, emax: 0 } });
  });

  it('reads a file of bare <Sentences> with no environment', () => {
    const bare = parseRecordsXml('<Sentences><Sentence date="20080804" id="A_1" sentence="True"><Text>x</Text></Sentence></Sentences>', FILE);
    expect(bare.environment).toBeNull();
    expect(bare.records.map((r) => r.id)).toEqual(['A_1']);
  });
});

describe('parseRecordsXml: errors name the file and the line', () => {
  const fails = (xml: string): RecordsFileError => {
    try {
      parseRecordsXml(xml, FILE);
    } catch (err) {
      expect(err).toBeInstanceOf(RecordsFileError);
      return err as RecordsFileError;
    }
    throw new Error('expected a RecordsFileError');
  };

  it.each([
    ['a tag closed by the wrong tag', '<Sentences>\n<Sentence id="a" date="19950101">\n<Text>x</Text>\n</Sentences>\n', 4, "malformed XML: Expected closing tag 'Sentence'"],
    ['an unescaped ampersand', '<Sentences>\n<Sentence id="a" date="19950101">\n<Text>Gondor & Rohan</Text>\n</Sentence>\n</Sentences>\n', 3, "malformed XML: char '&' is not expected."],
    ['tags never closed, at the line of the first', '<Sentences>\n<Sentence id="a" date="19950101">\n<Text>x</Text>\n', 1, 'malformed XML: <Sentences>, <Sentence> never closed'],
    ['an unknown option', '<Sentences>\n\n<Config option="write_actor_root" value="True"></Config>\n</Sentences>\n', 3, "unknown option 'write_actor_root'"],
    ['a bad option value', '<Sentences>\n<Config option="require_dyad" value="maybe"/>\n</Sentences>\n', 2, "require_dyad must be true or false, not 'maybe'"],
  ])('%s', (_what, xml, line, message) => {
    const err = fails(xml);
    expect(err.code).toBe(ErrorCodes.RECORDS_FILE);
    expect(err.line).toBe(line);
    expect(err.message).toContain(`${FILE}:${line}: ${message}`);
  });

  it('reports records it cannot use, with their lines, and keeps the others', () => {
    const file = parseRecordsXml(
      '<Sentences>\n<Sentence date="19950101"><Text>no id</Text></Sentence>\n<Sentence id="B" date="1995-01-01"><Text>x</Text></Sentence>\n<Sentence id="C" date="19950101"></Sentence>\n<Sentence id="D" date="19950101"><Text>fine</Text></Sentence>\n</Sentences>',
      FILE,
    );
    expect(file.problems.map((p) => p.message)).toEqual([
      `${FILE}:2: <Sentence> has no id`,
      `${FILE}:3: record B: date '1995-01-01' is not YYYYMMDD`,
      `${FILE}:4: record C: neither <Text> nor <Parse>`,
    ]);
    expect(file.records.map((r) => r.id)).toEqual(['D']);
  });
});
