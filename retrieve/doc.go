// Package retrieve turns a question into a BM25 query over the corpus's
// passage index and returns ranked passages with their exact spans, the
// byte ranges of the matched terms, a snippet, and a coverage score.
//
// # Queries
//
// User text is never parsed as bleve query-string syntax. Quoted "phrases"
// (straight or curly quotes) become phrase queries the passage must match;
// the other words, analysed like the index (English stop words removed,
// Porter stemmed), become an OR of term queries on the passage text
// (optionally fuzzy for terms of five bytes or more). Title and section
// matches add a weaker score but never select a passage on their own
// (a file the question names, see Named files, is searched within).
// Filters never score. Formats are a term filter; path prefixes and globs
// are resolved against the stored document paths first, then applied as a
// term filter on the document id when few documents pass, or checked per
// candidate hit when many do (a disjunction of thousands of path terms
// would cost more than the search itself).
//
// # Coverage
//
// Coverage is the IDF-weighted fraction of the query's distinct analysed
// terms, cue words aside ("how MANY", "what YEAR"), that occur in a hit's
// passage text, a word of the same related group ("inhabitants" for
// "population") counting as the word. The query's names — capitalised
// words not opening it, numbers, ordinals from "second" on — are scored
// apart: NameCoverage is the share of them in the passage or its title,
// WordCoverage the share of the other words (title words aside) present.
// Relevant is the single decision that the documents may hold the answer:
// a query with names needs all of them (MinNameCoverage) and some of its
// other words (MinWordCoverage), since names are never paraphrased and
// other words often are; a query without names needs MinCoverage. Hits
// are returned relevant first, each group in BM25 order. The query itself
// also searches related words, and cue words, at lower boosts.
//
// # Named files
//
// A question may name the file it asks ("In the Unicode Blocks file,
// …", "… in zone.tab"): a word before a file noun ("file", "list",
// "table") or a word written as a file name (english.WritesFileName), at
// most three a question. A name written with its extension names the
// documents whose file name it is, case aside; another, those whose
// title has its terms (the extension aside); a name more than three
// documents answer to (among those a path filter allows) names none.
// The question's query then runs again within the named documents, and
// those of its passages that hold the question's other names come
// first, up to half the k hits: the other names are those left once the
// words naming the file and whose it is are set aside ("Unicode",
// "Blocks", "file"), and a question left with none moves nothing; the
// question's other words are not required, since a record file writes
// its fields' names once, atop. Relevant hits stay before the others.
// This costs a title search and a filtered search more, for the
// questions that name a file only.
//
// # Tiers
//
// A question whose words have related words is searched first without
// them — the precise tier — when the related words hold at least a
// quarter as many postings as its own words, and 1,024 with them (they
// are most of a query's long posting lists: "large" brings "big", "size",
// "area", "extent"). That answer stands when it has k passages and its
// first is relevant and holds each of the question's words itself (cue
// words aside); otherwise the full query, related words included, runs.
// Coverage and highlights count related words in either tier.
//
// # The walk
//
// The query of a tier with loose words only and no filter (no phrases, no
// fuzziness, no path or format filter: most questions) is not handed to
// bleve's searchers: the walk (walkSearch) reads each of its terms'
// postings once and computes the score bleve's searcher tree gives,
// operation for operation (each clause's BM25 score with the query norm
// of all clauses, a disjunction's coordination factor, the all-terms
// clause, the title and section matches), with the BM25 statistics bleve
// scores with (passage count and field lengths: those the caller put in
// the search's context under search.BM25StatsKey, else the index's own),
// so the hits, their order and their matches are bleve's (the scores to the last bit or two, where
// bleve adds the same numbers in another order). It skips what cannot
// reach the top k (MaxScore): each term's score is bounded by its IDF
// times the largest BM25 saturation its postings reach (satBounds, read
// once per index segment for terms of 2,048 postings or more, kept by the
// Retriever), and once k passages are held, the terms whose bounds cannot
// lift a passage to the k-th score no longer drive the walk; they are
// only advanced to the passages the others find. The k hits get their
// matches from the term vectors of the terms each holds. Other queries
// run through bleve, planned as below.
//
// # Planning
//
// A question with a common word (in a quarter of the passages or more)
// would make bleve score every passage holding it. Such a question is first
// run gated to the passages holding one of its rarer words or matching in
// the title or section, with unchanged scores; that answer is kept only
// when BM25's bound on what the common words alone can score (each
// word's own largest saturation, see satBounds) proves no passage outside
// the gate reaches the k-th
// score, and the tier's query runs in full otherwise. The hits are
// therefore always the tier's full query's, in the same order with the
// same scores.
//
// # Cost
//
// A search reads its term statistics (document frequencies for the tiers,
// the planner and the coverage weights) from one index reader, each once;
// walks a tier's postings (see The walk) or runs one bleve query a tier — with term locations only when it is the
// full tier's, unplanned, and scores at most 4,096 postings (locMaxPostings;
// phrases and fuzzy words always), otherwise without, and its k passages
// are then analysed for their matches (see highlighter); reads the k
// passages from the store in one transaction; and computes coverage,
// snippets and title scores for those k only, analysing each title once.
// The question's title and section clauses are built from its terms
// analysed once. An index merged into one segment
// (index.Corpus.Compact) makes the bleve query cheaper still. The first
// Retriever raises the collector's heap target (see gcFloor).
package retrieve
