package english

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceOpeners are ordinary words that are capitalised only because
// they open a sentence (prepositions aside: IsSentenceOpener adds them);
// a fact checker does not take them for names there.
var sentenceOpeners = set(`a an the this that these those there here it its he she they we you i
his her their our my your
although though however yes no not according both each all some many most one also then thus so
but and or if when where what which who whom whose why how while because today yet still
such only first finally overall based furthermore moreover additionally unfortunately
sorry answer note born died founded located known married following given using
instead whether either neither
there's it's she's he's they're we're i'm
name list give tell describe explain did does do was were is are has have had can could
apart roughly approximately once every even`)

// nameConnectors may join the capitalised words of one name:
// "University of Cambridge", "Ludwig van Beethoven".
var nameConnectors = set(`of de van von der den da du la le del di bin al y`)

// IsSentenceOpener reports whether a lower-cased word, capitalised at a
// sentence's start, is an ordinary word rather than a name ("The", "In",
// "However", "Per", "Describe").
func IsSentenceOpener(lw string) bool { return sentenceOpeners[lw] || prepositions[lw] }

// OrdinaryOpener reports whether w, the first word of a sentence or a
// question as written, is an ordinary word: a sentence opener (see
// IsSentenceOpener), or a lower-case word but for its first letter ending
// like an adverb, participle or gerund ("Finally", "Founded", "Using",
// "According").
func OrdinaryOpener(w string) bool {
	lw := strings.ToLower(w)
	if IsSentenceOpener(lw) {
		return true
	}
	_, size := utf8.DecodeRuneInString(w)
	if w[size:] != lw[size:] || len(w) <= 4 {
		return false
	}
	return strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")
}

// IsNameConnector reports whether a lower-cased word may join the
// capitalised words of one name ("of", "van", "de").
func IsNameConnector(lw string) bool { return nameConnectors[lw] }

// IsCodeName reports whether b is written as a short code: two to eight
// characters, capitals, digits and hyphens only, a capital among them
// ("AX", "GB-WOR", "MW"; not a year, "1942", nor "U+1F4A9", nor a word).
// Tables key their records by such codes (a country's, a region's, a
// language's).
func IsCodeName(b string) bool {
	if len(b) < 2 || len(b) > 8 || strings.IndexFunc(b, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return false
	}
	for _, r := range b {
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') && r != '-' {
			return false
		}
	}
	return true
}

// CodeRow splits a table's row keyed by a code: its first cell, before a
// tab, written as a code (IsCodeName: "MW<tab>Malawi"), and the rest of
// the row. ok is false for any other line.
func CodeRow(row string) (code, rest string, ok bool) {
	code, rest, ok = strings.Cut(row, "\t")
	if !ok || !IsCodeName(code) {
		return "", "", false
	}
	return code, rest, true
}

// RowKeyedBy reports whether row's first cell, before a tab, is code,
// alone or in a comma list ("MZ,BI,BW,CD,MW<tab>-2558+03235<tab>…").
func RowKeyedBy(row, code string) bool {
	first, _, ok := strings.Cut(row, "\t")
	return ok && slices.Contains(strings.Split(first, ","), code)
}

// IsNotationLetters reports whether b (a token body, with or without its
// leading space) is one or two capital letters, as the prefix of a code's
// notation is written ("U" of "U+1B72").
func IsNotationLetters(b string) bool {
	b = strings.TrimPrefix(b, " ")
	if b == "" || len(b) > 2 {
		return false
	}
	for _, r := range b {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// WritesNotation reports whether word, written right before after in a
// text, is the prefix of a code's notation: notation letters, then "+"
// and the code's digits with no space ("U" of "U+00E9", "U+1F9ED"). The
// prefix says how the code is written, not what is asked about: records
// key their lines by the code alone ("00E9;LATIN SMALL LETTER E WITH
// ACUTE").
func WritesNotation(word, after string) bool {
	if !IsNotationLetters(word) || len(after) < 2 || after[0] != '+' {
		return false
	}
	c := after[1]
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f'
}

// SplitCamel writes a name in camel case as its words ("NameAliases" →
// "Name Aliases", "PropertyValueAliases" → "Property Value Aliases"): a
// lower-case letter followed by a capital starts a word. Runs of
// capitals ("UCD", "HTTPServer") and names without such a join
// ("zone1970", "iso3166") are returned as written.
func SplitCamel(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
