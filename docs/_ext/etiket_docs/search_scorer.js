/*
 * How search results are ordered, in both editions (conf.py's html_search_scorer).
 *
 * Sphinx scores a page by where the query's words are (a title, the text, part of a word)
 * and ranks API entries by their names, so "thank" put the Python objects named THANK_YOU
 * among the guides and the thank-you guide behind a tutorial with a section on it. Readers
 * are job seekers first. Results come in three tiers, Sphinx's score ordering each tier:
 *
 *   1. pages whose own title holds every word of the query ("Send a thank-you note");
 *   2. the other pages, and the glossary's and index's entries;
 *   3. API entries (objects of the Python reference).
 *
 * Between two results of the same tier and score, a guide comes before a page for Python
 * users (tutorial/ and reference/).
 */
var Scorer = {
  // Sphinx's own weights (searchtools.js), which this object replaces whole.
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,

  // Far more than any score Sphinx gives (an index entry's reaches 100).
  tierSize: 1000,
  guideTieBreak: 0.5,
  pythonPages: /^(tutorial|reference)\//,

  // The query's words as searchtools.js's _parseQuery makes them, from the page address
  // Search.init reads the query from.
  queryStems: () => {
    const query = new URLSearchParams(window.location.search).get("q") || "";
    const stemmer = new Stemmer();
    return splitQuery(query.trim())
      .map((word) => word.toLowerCase())
      .filter((word) => !stopwords.has(word) && !/^\d+$/.test(word))
      .map((word) => stemmer.stemWord(word));
  },

  titleHoldsQuery: (docname) => {
    const index = Search._index;
    const title = index.titles[index.docnames.indexOf(docname)] || "";
    const stemmer = new Stemmer();
    const titleStems = splitQuery(title).map((word) => stemmer.stemWord(word.toLowerCase()));
    const stems = Scorer.queryStems();
    // A query word matches a title word as searchtools.js matches words: whole, or, from
    // three letters on, as part of one.
    return (
      stems.length > 0
      && stems.every((stem) =>
        titleStems.some((word) => word === stem || (stem.length > 2 && word.includes(stem))),
      )
    );
  },

  score: (result) => {
    const [docname, _title, _anchor, _descr, score, _filename, kind] = result;
    let tier = 2;
    if (kind === SearchResultKind.object) tier = 1;
    else if (Scorer.titleHoldsQuery(docname)) tier = 3;
    const guide = Scorer.pythonPages.test(docname) ? 0 : Scorer.guideTieBreak;
    return tier * Scorer.tierSize + score + guide;
  },
};
