// Package verify checks an answer against the passages it was given: it
// resolves citations to exact bytes and tests whether each sentence's facts
// are in the text it cites. rag calls it on every answer; compare reuses
// its checks to score bare recall.
//
// # Citations
//
// Cite turns a generator's Output into the final answer text and its
// Citations. Marker-based generators (any chat model) write [n] markers;
// Cite parses them with ParseMarkers, drops markers that point to no
// passage, and renumbers the rest in order of first use. Copy-based
// generators (the built-in lossy model) report which bytes they copied from
// which passage; Cite inserts the markers itself and quotes the exact
// copied bytes with their exact Span.
//
// # Support checks
//
// CheckSupport splits an answer into Sentences, extracts each sentence's
// Facts (numbers, dates, capitalised names) and looks for them, after
// Normalize, in the passages the sentence cites. A fact that is not there
// is reported as Missing: a possible compression artifact. CheckAgainst
// does the same for a bare-mode answer against all retrieved passages.
// IsAbstention recognises answers that decline, such as
// generate.Abstention; Degenerate recognises empty or looping ones.
package verify
