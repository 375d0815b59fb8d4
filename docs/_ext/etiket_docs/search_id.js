/*
 * The Indonesian edition's search: the reader's query cut as search_id.py cut the pages.
 *
 * Sphinx's searchtools.js calls `new Stemmer().stemWord(word)` for each word of the query
 * and `splitQuery(query)` to find the words. Both follow search_id.py's `stem` and
 * `index_words` step by step; the corrections come from there as `etiketIndonesian`, and
 * Snowball's IndonesianStemmer is the one Sphinx ships. The tests run the handbook's words
 * through both and compare.
 */

var Stemmer = function () {
  const data = etiketIndonesian;
  const snowball = new IndonesianStemmer();
  const kept = new Set(data.kept);
  const prefixedRoots = new Set(data.prefixedRoots);
  // language_data.js defines it, from search_id.STOP_WORDS.
  const stopWords = stopwords;

  const withoutEndings = (word) => {
    const forms = [word];
    for (const endings of data.endings) {
      const last = forms[forms.length - 1];
      const ending = endings.find((end) => last.endsWith(end));
      if (ending !== undefined && last.length > ending.length)
        forms.push(last.slice(0, -ending.length));
    }
    return forms;
  };

  const fixed = (word) => {
    for (const form of withoutEndings(word)) {
      if (kept.has(form)) return form;
      if (Object.hasOwn(data.rootOf, form)) return data.rootOf[form];
    }
    return null;
  };

  const prefixedRoot = (word, cut) => {
    for (const [prefix, left, letter] of data.prefixSounds) {
      if (!cut.startsWith(left)) continue;
      const rest = cut.slice(left.length);
      if (!rest || (!left && !data.vowels.includes(rest[0]))) continue;
      if (word.startsWith(prefix + rest) && prefixedRoots.has(letter + rest))
        return letter + rest;
    }
    return cut;
  };

  this.stemWord = (word) => {
    word = word.toLowerCase();
    if (stopWords.has(word)) return word;
    const found = fixed(word);
    if (found !== null) return found;
    const cut = prefixedRoot(word, snowball.stemWord(word));
    return stopWords.has(cut) ? word : cut;
  };
};

/*
 * The query's words, with another name for something the handbook names otherwise replaced
 * by the handbook's name ("tindak lanjut" looks for "menanyakan kabar"). The words are
 * found as searchtools.js's own splitQuery finds them.
 */
var splitQuery = (query) => {
  const words = query
    .split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu)
    .filter((word) => word);
  const stemmer = new Stemmer();
  const stems = words.map((word) => stemmer.stemWord(word));
  const found = [];
  for (let start = 0; start < words.length; ) {
    const match = etiketIndonesian.otherNames.find(([name]) =>
      name.every((part, offset) => stems[start + offset] === part),
    );
    if (match) {
      const [name, handbook] = match;
      found.push(...handbook);
      start += name.length;
    } else {
      found.push(words[start]);
      start += 1;
    }
  }
  return found;
};
