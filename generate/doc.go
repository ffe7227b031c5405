// # Prompts and the context budget
//
// A Builder renders the prompt of a Request from Go text/template templates
// (DefaultRAGPrompt, DefaultBarePrompt, or the Config's own) into chat
// Messages, and Builder.Pack fits the retrieved passages into the model's
// context: the answer's tokens are reserved first, then passages are kept
// best-first while they fit and whole, and those left out are reported in
// Packed.Dropped — nothing is cut silently. Tokens are counted with
// EstimateTokens, a conservative rule-based estimate, because no tokenizer
// can be downloaded at run time.
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
// IsAbstention recognises answers that decline, such as Abstention.
package generate
