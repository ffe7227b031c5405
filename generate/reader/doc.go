// Package reader is Verbatim's built-in reader: given a question and the
// passages retrieval found, it chooses the whole unit of a passage that
// answers — a sentence, a list item, a table row, a record line, a
// "Key: value" line, an abbreviation's expansion (see english.Units) — or
// declines. It never cuts inside a unit and never stitches two together.
//
// # Reading
//
// The question is analysed into its kind (Li & Roth's coarse classes: a
// date for "when", a count for "how many", a measure with the asked
// dimension, a name for "who" or "which X", a code, an expansion for
// "what does X stand for", a definition for "what is a X"), its subject
// (names, quoted terms, short capitalised names matched case-sensitively,
// words of a passage's title) and its other words. Every unit is scored
// on general signals: the subject bound to the unit, its record, the
// passage's title or headword; the other words held, weighted by rarity,
// by stem or through WordNet (english.Related); the kind met by a token
// the question does not hold; a record's key or a table's column names;
// how much the passage's title is the question's subject; document
// structure (headword lines and notes are never answers, a glossary's
// first substantive sentence defines its entry, an expansion is found by
// Schwartz & Hearst's algorithm or by initials).
//
// # Confidence
//
// A logistic calibrator over the best unit's signals, its margin over the
// best unit of another record and its lead over the next unit of its own
// block that says something else gives the probability that the unit
// holds the answer; it is fitted on every question of bench/qa already
// read (real documents of twenty styles, bench/qa/fit.py) and the reader
// declines below Threshold. Explain shows a question's analysis and its best units.
package reader
