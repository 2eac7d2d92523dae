/**
 * Tells whether an XML text nests elements deeper than a limit, by one linear scan of its tags (comments, CDATA,
 * declarations and quoted attribute values skipped). Not a parser: a guard run before one, because bpmn-moddle takes
 * seconds on a few megabytes of deeply nested elements, and that would stall the server.
 */
export function exceedsXmlDepth(text: string, limit: number): boolean {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf('<', index);
    if (start < 0) return false;
    const skipTo = (terminator: string, from: number) => {
      const end = text.indexOf(terminator, from);
      return end < 0 ? text.length : end + terminator.length;
    };
    if (text.startsWith('<!--', start)) index = skipTo('-->', start + 4);
    else if (text.startsWith('<![CDATA[', start)) index = skipTo(']]>', start + 9);
    else if (text[start + 1] === '?' || text[start + 1] === '!') index = skipTo('>', start + 2);
    else {
      let end = start + 1;
      let quote = '';
      for (; end < text.length; end++) {
        const character = text[end];
        if (quote) {
          if (character === quote) quote = '';
        } else if (character === '"' || character === "'") quote = character;
        else if (character === '>') break;
      }
      if (text[start + 1] === '/') depth--;
      else if (text[end - 1] !== '/' && ++depth > limit) return true;
      index = end + 1;
    }
  }
  return false;
}
