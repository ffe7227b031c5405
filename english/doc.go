// Package english is Verbatim's one home for knowledge of English text:
// tokens, stems, sentence ends and abbreviations, the units an answer is
// copied in (sentences, list items, table rows, "Key: value" lines,
// definitions, parenthesised expansions), numbers, dates and units of
// measure, stop words, and word relations from WordNet 3.0.
//
// Ingest, retrieval, the reader and the citation checks all take their
// English from here, so a word list, a splitter or a stemmer exists once.
//
// # Word relations
//
// Related, Base and IsPersonNoun read a table compiled from WordNet 3.0
// (Princeton University; see WORDNET-LICENSE) by internal/wordnetgen and
// embedded as wordnet.txt.gz: synonyms of a word's most frequent senses
// (devise ~ invent), derivationally related forms (inventor ↔ invent ↔
// invention), attributes (tall ↔ height), irregular forms (wrote → write)
// and the nouns whose most frequent sense names people (sailor, manager).
// The table loads on first use (about 0.8 MB compressed).
//
// # Stems
//
// Stem is the Porter stemmer that bleve's "en" analyzer applies to the
// index, so a stem here is a term there.
package english

//go:generate go run ./internal/wordnetgen -o wordnet.txt.gz
