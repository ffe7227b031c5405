package english

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AsksOrigin reports whether a question (its lower-cased words) asks
// where a term or a phrase comes from: "which film does the phrase … come
// from", "at which school did the term obi-wan error originate", "which
// novel is moby derived from", "where does fandango on core get its name
// from", "a possible origin of the word crufty". Not a question that asks
// for the term itself ("what's the term for a spam run forged so it looks
// like it came from an innocent party"), which the caller tells apart.
func AsksOrigin(lower []string) bool {
	for i, w := range lower {
		if (originVerbs[w] && i+1 < len(lower) && lower[i+1] == "from") || strings.HasPrefix(w, "originat") || w == "origin" || w == "origins" {
			return true
		}
	}
	return AsksNameOrigin(lower)
}

// OriginNote returns the range of the text inside the bracketed note that
// opens text, when the note says where the entry comes from or who uses
// it, as the Jargon File opens an entry ("[from the Illuminatus
// Trilogy]", "[Unix: from IBM {JCL}]", "[US Geological Survey]",
// "[RPI, from off-by-one and the Obi-Wan Kenobi character …]"): it holds
// "from" or opens with a capital. Not a frequency label alone
// ("[common]"), nor a footnote's number ("[234]").
func OriginNote(text string) (start, end int, ok bool) {
	open := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	if open >= len(text) || text[open] != '[' {
		return 0, 0, false
	}
	closing := strings.IndexByte(text[open:], ']')
	if closing < 0 || closing > 240 {
		return 0, 0, false
	}
	start, end = open+1, open+closing
	note := text[start:end]
	r, _ := utf8.DecodeRuneInString(note)
	fields := strings.FieldsFunc(strings.ToLower(note), func(r rune) bool { return !IsWordRune(r) })
	return start, end, slices.Contains(fields, "from") || unicode.IsUpper(r)
}

// sentenceParts returns the constituents a sentence's answer may be
// narrowed to: the long forms of its abbreviations and the text inside
// the note that opens it (OriginNote).
func sentenceParts(text string, r Range) []Range {
	parts := expansions(text, r)
	if s, e, ok := OriginNote(text[r.Start:r.End]); ok && e > s {
		parts = append(parts, Range{r.Start + s, r.Start + e})
	}
	return parts
}
