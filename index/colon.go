package index

import (
	"bytes"

	"github.com/blevesearch/bleve/v2/analysis"
)

// colonName is the name of the token filter that splits words at colons.
const colonName = "verbatim_colon"

// Record files join their fields with colons: "417:KG:KGZ:Kyrgyzstan:Bishkek"
// (GNU miscfiles' countries), "DIY:Diyarbakır:TR::Diyarbakir" (its
// airports), "MU:country-code:Mauritius…" (top-level domains). Unicode
// word segmentation (UAX #29), which bleve's tokenizer follows, reads a
// colon between two letters as inside a word (MidLetter, for Swedish
// "S:t"), so the fields after the first digits came out as one term,
// "kg:kgz:kyrgyzstan:bishkek", that no question ever writes: a search for
// Kyrgyzstan missed its row. The colon filter, first of the analyzer's
// filters, cuts such a token at each colon into its parts, each a token
// of its own at the next position (the tokens after it move on), with
// the byte offsets of its part. A query is analysed the same way, so
// "KG:KGZ" still meets the row as a phrase. Only the ASCII colon is cut:
// the other colons UAX #29 joins words with (fullwidth "：", U+FE13) are
// not met in such files.
type colonFilter struct{}

func (colonFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	shift := 0
	for i, t := range in {
		if bytes.IndexByte(t.Term, ':') < 0 {
			if out != nil {
				t.Position += shift
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make(analysis.TokenStream, i, len(in)+4)
			copy(out, in[:i])
		}
		pos, start := t.Position+shift, t.Start
		for _, part := range bytes.Split(t.Term, []byte{':'}) {
			if len(part) > 0 {
				out = append(out, &analysis.Token{
					Term: part, Start: start, End: start + len(part),
					Position: pos, Type: t.Type, KeyWord: t.KeyWord,
				})
				pos++
			}
			start += len(part) + 1
		}
		shift = pos - t.Position - 1
	}
	if out == nil {
		return in
	}
	return out
}
