package retrieve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/index"
)

// A question's words are of three kinds for relevance:
//
//   - names: capitalised words that do not open a sentence ("Vallin",
//     "Bank"), numbers ("1911", "3rd") and ordinals from "second" on. They
//     cannot be paraphrased: a passage that lacks one is about something
//     else ("the SECOND president", "the SS Fennick QUEEN").
//   - cue words: the scaffolding of a question ("how MANY", "what YEAR",
//     "how LONG"), which says what kind of answer is wanted but is rarely
//     written in the passage that holds it. They do not count in Coverage.
//   - other words, which writers paraphrase: they count in Coverage, and a
//     word counts as present when a word of its related group is (see
//     english.RelatedGroups): "finished" and "completed", "population" and
//     "inhabitants".

// cueWords are question scaffolding, dropped from Coverage wherever they
// stand; measure words (english.MeasureWord) are dropped when they follow
// "how" ("how long"), and head nouns of a kind of name (english.HeadOf:
// "in which city") when they follow "which" or "what".
var (
	cueWords = analysedSet(`many much year years date day month century decade number name named called time times kind type
height length width area size distance weight speed elevation altitude depth wingspan span duration age breadth
greatest maximum total average exact exactly approximately make made take took get got give gave become became`)
)

// isKindCue reports whether a lower-cased word names the kind of name a
// question asks for after "which" or "what" ("city", "king", "company",
// "year").
func isKindCue(lw string) bool {
	switch english.HeadOf(lw) {
	case english.PersonHead, english.PlaceHead:
		return lw != "name" && lw != "named" && lw != "called"
	case english.DateHead:
		return lw == "year"
	}
	return false
}

// related maps an analysed term to the analysed terms of its groups.
var related = buildRelated(english.RelatedGroups)

func buildRelated(groups []string) map[string][]string {
	m := map[string][]string{}
	for _, g := range groups {
		terms := Terms(g)
		for _, t := range terms {
			m[t] = append(m[t], terms...)
		}
	}
	return m
}

// analysedSet is the set of the words' analysed terms.
func analysedSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		for _, t := range Terms(w) {
			m[t] = true
		}
	}
	return m
}

// queryTerms is a question's analysed terms sorted into names and the
// cue words left out of Coverage.
type queryTerms struct {
	all   []string
	names []string
	// given are the names that are values the question gives after a
	// code noun ("the ISO 639-2 code sah"; see english.IsGivenCode).
	given []string
	// labels are the names that name a standard or a table by an
	// acronym and a number ("ISO", "639", "3" of "the ISO 639-3 code of
	// Berti"; see isLabel).
	labels []string
	// exact are the names the question writes as a word of another
	// language or between quotation marks ("étendre", 'bataille'; see
	// isForeign, isQuoted): an entry's headword as written.
	exact []string
	// forms are the exact names as written, lower-cased ("bataille").
	forms []string
	// codes are the given names as written ("TO" of "the country code
	// TO", "ve" of "the two-letter code ve").
	codes []string
	cues  map[string]bool
	// narrow leaves related words out of the query built from these
	// terms (the precise tier, see Retriever.Search); coverage and
	// highlights count them all the same.
	narrow bool
}

// narrowed returns q narrow, and whether that leaves out any related
// word (of a non-cue term: cue words' related words are never searched).
func (q queryTerms) narrowed() (queryTerms, bool) {
	for _, t := range q.all {
		if !q.cues[t] && len(related[t]) > 0 {
			q.narrow = true
			return q, true
		}
	}
	return q, false
}

// rel returns the words related to t that the query searches: none when
// it is narrow.
func (q queryTerms) rel(t string) []string {
	if q.narrow {
		return nil
	}
	return related[t]
}

// elidedTerms returns the terms of the French or Italian words written
// with their elision ("l'accusé", english.Elided) without it ("accusé"):
// a bilingual dictionary writes its headword so, or with the elision
// ("s'incliner"). They are searched as words of the question, not as
// its names: an entry that writes the word as asked still ranks first
// ("d'ailleurs" before "ailleurs", see formsFirst).
func elidedTerms(text string, toks []Match) []string {
	var out []string
	for _, tok := range toks {
		rest, ok := english.Elided(text[tok.Start:tok.End])
		if !ok {
			continue
		}
		if ts := Tokens(rest); len(ts) == 1 && ts[0].Term != tok.Term { // not a stop word once bare ("qu'il")
			out = append(out, ts[0].Term)
		}
	}
	return out
}

// classifyQuery analyses a question's text into its terms, its names and
// its cue words.
func classifyQuery(text string) queryTerms {
	return classifyTokens(text, Tokens(text))
}

// classifyTokens is classifyQuery of text from its tokens (Tokens(text)).
func classifyTokens(text string, toks []Match) queryTerms {
	ws := wordsOf(text)
	toks = withoutTranslationFrame(ws, toks)
	toks = slices.DeleteFunc(slices.Clone(toks), func(tok Match) bool {
		return english.WritesNotation(text[tok.Start:tok.End], text[tok.End:]) // "U" of "U+00E9": how the code is written; records key their lines by "00E9" alone
	})
	ranged := slices.ContainsFunc(toks, func(tok Match) bool { return english.IsRangeWord(strings.ToLower(text[tok.Start:tok.End])) })
	qt := queryTerms{all: distinctTerms(toks), cues: map[string]bool{}}
	seen := map[string]bool{}
	srcFrom, srcTo := sourceRange(text, ws)
	source, outside := map[string]bool{}, map[string]bool{} // terms written in the source's words, and outside them
	for _, tok := range toks {
		word := text[tok.Start:tok.End]
		lw := strings.ToLower(word)
		if tok.Start >= srcFrom && tok.End <= srcTo {
			// "According to the Debian New Maintainers' Guide, what is
			// gpc?": the work's name is written on its title page and in
			// every page's banner, not beside what is asked; searched as
			// a cue, it tells a passage of that work, but does not rank
			// the title page above the one that writes gpc.
			source[tok.Term] = true
			continue
		}
		outside[tok.Term] = true
		switch {
		case ranged && notated(text, tok):
			// "Which block contains U+2126?": the range that covers the
			// code ("2100..214F; Letterlike Symbols") does not write it;
			// the records that do are the code's own.
		case isName(text, tok.Start, word) || english.IsOrdinal(lw) || isGiven(text, tok, word) || isForeign(word) || isQuoted(text, tok):
			if !seen[tok.Term] {
				seen[tok.Term] = true
				qt.names = append(qt.names, tok.Term)
				if isForeign(word) || isQuoted(text, tok) {
					qt.exact = append(qt.exact, tok.Term)
					qt.forms = append(qt.forms, lw)
				}
				switch {
				case isGiven(text, tok, word):
					qt.given = append(qt.given, tok.Term)
					qt.codes = append(qt.codes, word)
				case isLabel(text, tok, word):
					qt.labels = append(qt.labels, tok.Term)
				}
			}
		case cueWords[tok.Term] || ((english.MeasureWord(lw) != 0 || lw == "often") && previousWord(text, tok.Start) == "how") ||
			(isKindCue(lw) && (previousWord(text, tok.Start) == "which" || previousWord(text, tok.Start) == "what")):
			qt.cues[tok.Term] = true
		}
	}
	for _, n := range qt.names {
		delete(qt.cues, n)
	}
	for t := range source {
		if !outside[t] {
			qt.cues[t] = true
		}
	}
	for _, t := range elidedTerms(text, toks) {
		if !slices.Contains(qt.all, t) {
			qt.all = append(qt.all, t)
		}
	}
	return qt
}

// notated reports whether the token tok of text is a code written in a
// notation ("00E9" of "U+00E9").
func notated(text string, tok Match) bool {
	before := text[:tok.Start]
	if !strings.HasSuffix(before, "+") {
		return false
	}
	before = before[:len(before)-1]
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		i += n // past the character before the letters ("“U+2126”", a no-break space)
	} else {
		i = 0
	}
	return english.WritesNotation(before[i:], text[tok.Start-1:])
}

// withoutTranslationFrame leaves out the tokens of a translation
// question's frame (english.AsksTranslation, english.IsTranslationWord):
// "the Spanish word for a rat", "what does te mean in English". No entry
// of a bilingual dictionary writes the language asked in beside the word
// it translates, and a capitalised language is no name a passage must
// hold; searched for, they find the entries for "español" and "word".
func withoutTranslationFrame(ws questionWords, toks []Match) []Match {
	if asks, _ := english.AsksTranslation(ws.lower); !asks {
		return toks
	}
	frame := map[int]bool{} // the frame words' end offsets
	for i, w := range ws.words {
		if english.IsTranslationWord(ws.lower, i) {
			frame[w.End] = true
		}
	}
	out := make([]Match, 0, len(toks))
	for _, tok := range toks {
		if !frame[tok.End] {
			out = append(out, tok)
		}
	}
	return out
}

// distinctTerms are the terms of toks without repeats, in order of first
// occurrence (Terms of the text whose tokens they are).
func distinctTerms(toks []Match) []string {
	var out []string
	for _, tok := range toks {
		if !slices.Contains(out, tok.Term) {
			out = append(out, tok.Term)
		}
	}
	return out
}

// isLabel reports whether the word at tok names a standard or a table by
// an acronym and a number, as "ISO 639-3", "ISO 15924" or "RFC 822" do:
// an acronym followed by a space and a digit, or a number after such an
// acronym (or after a number of the label and a hyphen: the "3" of
// "639-3"). A code joined by a hyphen ("PL-20") is no label.
func isLabel(text string, tok Match, word string) bool {
	if index.AcronymTerm(word) {
		rest := text[tok.End:]
		return len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9'
	}
	if strings.IndexFunc(word, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	before := text[:tok.Start]
	switch {
	case strings.HasSuffix(before, " "):
		prev := strings.TrimRight(before, " ")
		i := strings.LastIndexAny(prev, " \t(") + 1
		return index.AcronymTerm(prev[i:])
	case strings.HasSuffix(before, "-"):
		prev := before[:len(before)-1]
		i := strings.LastIndexFunc(prev, func(r rune) bool { return r < '0' || r > '9' }) + 1
		if i == len(prev) || i == 0 || prev[i-1] != ' ' {
			return false
		}
		j := strings.LastIndexAny(prev[:i-1], " \t(") + 1
		return index.AcronymTerm(prev[j : i-1])
	}
	return false
}

// isName reports whether the word at offset start of text is a name: it
// holds a digit, or it is capitalised and is not the first word of a
// sentence, or is one that is no ordinary word (english.OrdinaryOpener:
// "Vallin's novels?" names Vallin; "According to …", "Besides …" name
// nothing).
func isName(text string, start int, word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	if strings.IndexFunc(word, unicode.IsDigit) >= 0 {
		return true
	}
	if !unicode.IsUpper(r) {
		return false
	}
	if !opensSentence(text, start) {
		return true
	}
	return !english.OrdinaryOpener(word)
}

// isForeign reports whether word holds a letter outside ASCII: in an
// English question, a word of another language ("the French verb
// étendre", "paraître") or a name written in its own letters, which no
// passage paraphrases. The Porter stemmer reads it as English
// ("étendre" as "étendr"), so without it a shorter sibling entry
// ("batailler" for "bataille") or one that shares a common word ("by
// means of" for "mean") outranks its own.
func isForeign(word string) bool {
	if _, ok := english.Elided(word); ok {
		return true // "d'ailleurs", "dell'anno": French or Italian, accents or not
	}
	return strings.IndexFunc(word, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) >= 0
}

// isQuoted reports whether the token tok of text is one word between
// quotation marks ("what second sense does the dictionary give for
// 'bataille'", "the word “lurk”"): the question names it as written.
func isQuoted(text string, tok Match) bool {
	open, _ := utf8.DecodeLastRuneInString(text[:tok.Start])
	close, _ := utf8.DecodeRuneInString(text[tok.End:])
	switch open {
	case '\'', '"':
		return close == open
	case '‘':
		return close == '’'
	case '“':
		return close == '”'
	}
	return false
}

// opensSentence reports whether nothing but spaces, quotes or brackets
// stand between the start of text, or a sentence end, and offset i.
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '.' || r == '?' || r == '!' || r == '\n':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune(`"'“‘([`, r):
			i -= n
		default:
			return false
		}
	}
	return true
}

// isGiven reports whether the token tok of text, word as written, is a
// value the question gives after a code noun: a name, however written.
func isGiven(text string, tok Match, word string) bool {
	return english.IsGivenCode(previousWord(text, tok.Start), word, nextWord(text, tok.End))
}

// nextWord is the lower-cased word after offset i, or "" when only
// spaces and punctuation follow.
func nextWord(text string, i int) string {
	fields := strings.FieldsFunc(text[i:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if len(fields) == 0 {
		return ""
	}
	return strings.ToLower(fields[0])
}

// previousWord is the lower-cased word before offset i, or "".
func previousWord(text string, i int) string {
	fields := strings.Fields(text[:i])
	if len(fields) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(fields[len(fields)-1], `"'“‘(`))
}

// has reports whether an analysed term is one of the query's.
func (q queryTerms) has(t string) bool {
	for _, a := range q.all {
		if a == t {
			return true
		}
	}
	return false
}

// isName reports whether an analysed term is one of the query's names.
func (q queryTerms) isName(t string) bool {
	for _, n := range q.names {
		if n == t {
			return true
		}
	}
	return false
}

// hasName reports whether a name term occurs in the passage's terms, or a
// longer form of it does ("norvania" in "norvanian").
func hasName(name string, terms map[string]bool) bool {
	if terms[name] {
		return true
	}
	if !extensible(name) {
		return false
	}
	for t := range terms {
		if len(t) > len(name) && len(t) <= len(name)+3 && strings.HasPrefix(t, name) {
			return true
		}
	}
	return false
}

// extensible reports whether a name may occur in a longer form: five
// bytes or more, and no digit.
func extensible(name string) bool {
	return len(name) >= 5 && strings.IndexFunc(name, unicode.IsDigit) < 0
}

// hasRelated reports whether a term or a word related to it occurs in
// the passage's terms.
func hasRelated(term string, terms map[string]bool) bool {
	if terms[term] {
		return true
	}
	for _, r := range related[term] {
		if terms[r] {
			return true
		}
	}
	return false
}

// questionWords are the words of a question (english.IsWord), with the
// text's tokens they are, as written and lower-cased.
type questionWords struct {
	words         []english.Token
	bodies, lower []string
}

// wordsOf reads the words of text once, for the readings of a question
// that go by its words (withoutTranslationFrame, sourceRange).
func wordsOf(text string) questionWords {
	var ws questionWords
	for _, w := range english.Tokenize(text) {
		if b := w.Body(text); english.IsWord(b) {
			ws.words, ws.bodies, ws.lower = append(ws.words, w), append(ws.bodies, b), append(ws.lower, strings.ToLower(b))
		}
	}
	return ws
}

// sourceRange returns the byte range of the question that names the work
// it cites (english.SourceSpan: "the Debian New Maintainers' Guide" of
// "According to the Debian New Maintainers' Guide, what is gpc?"), or an
// empty range.
func sourceRange(text string, ws questionWords) (from, to int) {
	i, j := -1, -1
	if c := strings.IndexByte(text, ','); c > 0 {
		// "According to the Jargon File, firefighting (sense 1) is …":
		// the comma ends the phrase that cites the work, whatever word
		// follows it (see english.SourceSpan, which reads words only).
		n := 0
		for n < len(ws.words) && ws.words[n].End <= c {
			n++
		}
		if a, b := english.SourceSpan(ws.lower[:n], ws.bodies[:n]); a >= 0 && b == n {
			i, j = a, b
		}
	}
	if i < 0 {
		i, j = english.SourceSpan(ws.lower, ws.bodies)
	}
	if i < 0 || j <= i {
		return 0, 0
	}
	for i > 0 && (english.IsStopword(ws.lower[i-1]) || ws.lower[i-1] == "according") {
		i-- // the frame: "according to the", "per the"
	}
	return ws.words[i].Start, ws.words[j-1].End
}
