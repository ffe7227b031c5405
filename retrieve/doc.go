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
// matches add a weaker score but never select a passage on their own.
// Filters never score. Formats are a term filter; path prefixes and globs
// are resolved against the stored document paths first, then applied as a
// term filter on the document id when few documents pass, or checked per
// candidate hit when many do (a disjunction of thousands of path terms
// would cost more than the search itself).
//
// # Coverage
//
// Coverage is the IDF-weighted fraction of the query's distinct analysed
// terms that occur in a hit's passage text. A term the corpus never
// mentions weighs the most, so a question about a name absent from the
// documents gets low coverage everywhere; Relevant compares it with
// Config.MinCoverage to decide that the documents do not hold the answer.
package retrieve
