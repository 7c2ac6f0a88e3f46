import { describe, expect, it } from '@jest/globals';
import {
  RUNNER_COMMANDS,
  dotnetSplit,
  escapeData,
  escapeProperty,
  parseCommand,
  unescapeData,
  unescapeProperty,
} from '../../harness/workflow-commands';

const registered = new Set(RUNNER_COMMANDS);
const parse = (line: string) => {
  const command = parseCommand(line, registered);
  return command && { name: command.name, properties: command.properties.toRecord(), data: command.data };
};

describe('workflow command parsing', () => {
  it('parses name, properties and data', () => {
    expect(parse('::error file=app.ts,line=1,endLine=2,col=3,endColumn=4,title=T::Broken')).toEqual({
      name: 'error',
      properties: { file: 'app.ts', line: '1', endLine: '2', col: '3', endColumn: '4', title: 'T' },
      data: 'Broken',
    });
    expect(parse('::add-mask::s3cret')).toEqual({ name: 'add-mask', properties: {}, data: 's3cret' });
    expect(parse('::endgroup::')).toEqual({ name: 'endgroup', properties: {}, data: '' });
  });

  it('unescapes %25, %0D, %0A in data and additionally %3A, %2C in properties', () => {
    expect(parse('::warning title=a%3Ab%2Cc%25d%0Ae::100%25 done%0D%0Anext')).toEqual({
      name: 'warning',
      properties: { title: 'a:b,c%d\ne' },
      data: '100% done\r\nnext',
    });
    // In data, %3A and %2C are not escapes.
    expect(parse('::notice::a%3Ab%2Cc')?.data).toBe('a%3Ab%2Cc');
  });

  it('unescapes in the runner order (so %250A stays literal and %0A25 becomes a newline)', () => {
    expect(unescapeData('%250A')).toBe('%0A');
    expect(unescapeData('%0A25')).toBe('\n25');
    expect(unescapeProperty('%252C')).toBe('%2C');
  });

  it('escapes like @actions/core and round-trips', () => {
    const value = 'multi\r\nline: a, b 100%';
    expect(escapeData(value)).toBe('multi%0D%0Aline: a, b 100%25');
    expect(escapeProperty(value)).toBe('multi%0D%0Aline%3A a%2C b 100%25');
    expect(unescapeData(escapeData(value))).toBe(value);
    expect(unescapeProperty(escapeProperty(value))).toBe(value);
  });

  it('accepts leading whitespace and any case for the command name and property keys', () => {
    expect(parse('   ::ERROR File=x.ts::m')).toEqual({
      name: 'ERROR',
      properties: { File: 'x.ts' },
      data: 'm',
    });
    const command = parseCommand('::error FILE=x.ts::m', registered);
    expect(command?.properties.get('file')).toBe('x.ts');
  });

  it('skips the leading whitespace .NET TrimStart skips: NEL (U+0085) yes, a byte-order mark (U+FEFF) no', () => {
    expect(parse('\u0085::error::after NEL')?.data).toBe('after NEL');
    expect(parse('\t\u00a0\u2028\u3000::error::after spaces')?.data).toBe('after spaces');
    expect(parse('\ufeff::error::after BOM')).toBeUndefined();
  });

  it('ignores unknown commands, text before the command and lines without a closing ::', () => {
    expect(parse('::unknown::x')).toBeUndefined();
    expect(parse('log ::error::x')).toBeUndefined();
    expect(parse('::error x')).toBeUndefined();
    expect(parse('')).toBeUndefined();
  });

  it('drops properties without a value or name, like .NET Split with RemoveEmptyEntries', () => {
    expect(parse('::error file=,=x,line=3,,title==eq::m')?.properties).toEqual({ line: '3', title: 'eq' });
    expect(dotnetSplit('a==b', '=', 2)).toEqual(['a', 'b']);
    expect(dotnetSplit('a=b=c', '=', 2)).toEqual(['a', 'b=c']);
    expect(dotnetSplit('=a=b', '=', 2)).toEqual(['a', 'b']);
    expect(dotnetSplit(',,a,,b,', ',', 100)).toEqual(['a', 'b']);
  });

  it('recognises the legacy ##[command] form anywhere in the line', () => {
    expect(parse('prefix ##[warning file=a.ts;line=2]be%3Bcareful%5D')).toEqual({
      name: 'warning',
      properties: { file: 'a.ts', line: '2' },
      data: 'be;careful]',
    });
  });
});
