/**
 * A webpack loader for the production bundles: the lexicon's phrase sets and named patterns carry tables of examples that only the
 * lexicon test reads (`examples: { hit: [...], miss: [...] }`, about a quarter of the lexicon's text). They are left out of what
 * ships, each replaced by an empty table of the same shape. Strings are skipped whole, so a brace inside an example cannot end it.
 */
module.exports = function stripLexiconExamples(source) {
  return stripExamples(stripDescriptions(source));
};

/**
 * … and so are their descriptions (`description: '…'`, for people reading the lexicon), each made an empty string; a description
 * that is no plain quoted string on its line is shipped as written.
 */
function stripDescriptions(source) {
  let out = '';
  let at = 0;
  const re = /(?<=^|[\s{,])description:\s*(['"`])/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const q = m[1];
    let i = m.index + m[0].length;
    for (; i < source.length && source[i] !== q && source[i] !== '\n' && !(q === '`' && source[i] === '$'); i++) if (source[i] === '\\') i++;
    if (source[i] !== q) continue;
    out += source.slice(at, m.index) + "description: ''";
    at = i + 1;
    re.lastIndex = at;
  }
  return out + source.slice(at);
}

function stripExamples(source) {
  let out = '';
  let at = 0;
  const re = /examples:\s*\{/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let i = m.index + m[0].length;
    let depth = 1;
    while (i < source.length && depth) {
      const c = source[i];
      if (c === "'" || c === '"' || c === '`') {
        // a string to its closing quote, escapes kept
        for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
    if (depth) return source; // unbalanced: ship as written
    out += source.slice(at, m.index) + 'examples: { hit: [], miss: [] }';
    at = i;
    re.lastIndex = i;
  }
  return out + source.slice(at);
};
