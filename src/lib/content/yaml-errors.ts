/**
 * YAML syntax errors as an author needs them: at the line of the mistake (the `yaml` library
 * reports an unclosed quote where the text ends, not where the quote opens), naming the field
 * when the line has one, and saying how to fix it in this file's terms.
 */

export interface YamlSyntaxProblem {
  /** 0-based line in the YAML text. */
  line: number;
  /** The field the line belongs to (`title`, `authors`), when it can be told. */
  field?: string;
  /** What is wrong and how to fix it, as one sentence pair. */
  message: string;
}

/** The top-level field a line belongs to: its own key, or the nearest key above at indentation 0. */
function fieldOf(lines: readonly string[], line: number): string | undefined {
  for (let index = line; index >= 0; index--) {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

/** The key written on the line itself, at any depth (`  - { given: Diego` gives `given`). */
function keyOn(text: string): string | undefined {
  return /^\s*(?:-\s+)?(?:\{\s*)?([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
}

/** Count of a quote character that opens or closes a string (not `\"`, not `''` inside '...'). */
function quoteCount(text: string, quote: string): number {
  const stripped = quote === '"' ? text.replace(/\\./g, '') : text.replace(/''/g, '');
  // A quote inside a plain word (it's, Don't) neither opens nor closes a string.
  return [...stripped.matchAll(new RegExp(`(^|[\\s:,\\[{])${quote}|${quote}(?=$|[\\s,\\]}#])`, 'g'))].length;
}

/** The line where an unclosed quote opens: the last line at or before `line` with an odd count. */
function openingQuoteLine(lines: readonly string[], line: number, quote: string): number {
  for (let index = Math.min(line, lines.length - 1); index >= 0; index--) {
    if (quoteCount(lines[index]!, quote) % 2 === 1) return index;
  }
  return line;
}

const named = (field: string | undefined) => (field ? `"${field}:"` : 'the value');

/**
 * Explains one error of the `yaml` library (`code`, its first message line, 0-based `line`);
 * `offsetLines` is where the YAML starts in its file (1 for front matter), for lines named in messages.
 */
export function explainYamlError(code: string, message: string, lines: readonly string[], line: number, offsetLines = 0): YamlSyntaxProblem {
  switch (code) {
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(message)?.[1];
      if (quote) {
        const at = openingQuoteLine(lines, line, quote);
        const field = fieldOf(lines, at);
        const own = keyOn(lines[at] ?? '');
        const where = own && own !== field ? ` (in "${own}:")` : '';
        return {
          line: at,
          ...(field ? { field } : {}),
          message: `has a ${quote} that opens a quoted value but never closes${where}. Add the closing ${quote} at the end of the value, or remove the opening one.`,
        };
      }
      break;
    }
    case 'TAB_AS_INDENT': {
      const field = keyOn(lines[line] ?? '') ?? fieldOf(lines, line);
      return { line, ...(field ? { field } : {}), message: 'is indented with a tab: YAML indents with spaces only. Replace the tab with spaces (two per level).' };
    }
    case 'DUPLICATE_KEY': {
      const key = keyOn(lines[line] ?? '');
      const indent = /^\s*/.exec(lines[line] ?? '')![0];
      const first = key ? lines.findIndex((text, index) => index < line && text.startsWith(`${indent}${key}:`) && !/^\s/.test(text.slice(indent.length))) : -1;
      return {
        line,
        ...(key ? { field: key } : {}),
        message: `is given twice${first >= 0 ? ` (first on line ${first + 1 + offsetLines})` : ''}: a field has one value. Keep one of the two "${key ?? 'field'}:" lines.`,
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const field = keyOn(lines[line] ?? '') ?? fieldOf(lines, line);
      if (/:\s/.test((lines[line] ?? '').replace(/^\s*(?:-\s+)?[\w-]+\s*:\s*/, ''))) {
        const text = (lines[line] ?? '').replace(/^\s*(?:-\s+)?[\w-]+\s*:\s*/, '');
        return {
          line,
          ...(field ? { field } : {}),
          message: `has ": " inside its value, which YAML reads as another field. Put the whole value in quotes: ${field ?? 'field'}: "${text.replace(/"/g, '\\"')}".`,
        };
      }
      return { line, ...(field ? { field } : {}), message: `${message.replace(/\.$/, '')}. Check the indentation and the colons of ${named(field)} and the line above it.` };
    }
    default:
      break;
  }
  const field = keyOn(lines[line] ?? '') ?? fieldOf(lines, line);
  return { line, ...(field ? { field } : {}), message: `${message.replace(/\.$/, '')}. Fix the YAML syntax (indentation, quotes, colons).` };
}
