package index

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// acronymName is the name of the token filter that keeps acronyms whole.
const acronymName = "verbatim_acronym"

// Acronyms are indexed whole as well as stemmed. The Porter stemmer reads
// an acronym as an English word: "TPS" becomes "tp", "BIOS" "bio", "EMACS"
// "emac", so a search for TPS ranked the entries about TP (or anything
// "tp") level with the entry titled TPS. The acronym filter, which runs
// before lower-casing, gives a word of 2–6 capital letters (see
// AcronymTerm) whose stem differs from it a second token at the same
// position: its lower case, marked as a keyword, which the stemmer leaves
// alone. "TPS" is then indexed as both "tps" and "tp": a question that
// writes TPS searches both and ranks the entries holding TPS first, and a
// question that writes "tps" searches "tp" and still finds them. A phrase
// query sees the two tokens as alternatives at one position.
type acronymFilter struct {
	stem analysis.TokenFilter // the stemmer, to tell whether a copy is needed
}

func (f acronymFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	for i, t := range in {
		if !AcronymTerm(string(t.Term)) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		lower := bytes.ToLower(t.Term)
		probe := &analysis.Token{Term: append([]byte(nil), lower...), Type: t.Type}
		if stemmed := f.stem.Filter(analysis.TokenStream{probe}); bytes.Equal(stemmed[0].Term, lower) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make(analysis.TokenStream, i, len(in)+1)
			copy(out, in[:i])
		}
		whole := *t
		whole.Term, whole.KeyWord = lower, true
		out = append(out, &whole, t)
	}
	if out == nil {
		return in
	}
	return out
}

// AcronymTerm reports whether a word is an acronym the index keeps whole
// besides its stem: 2 to 6 letters, all capitals ("TPS", "EMACS").
func AcronymTerm(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
