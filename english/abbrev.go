package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Expansion is an abbreviation defined in a text: "Alpha Beta Code
// (ABC)" or "ABC (Alpha Beta Code)".
type Expansion struct {
	Short, Long Range
}

// Expansions finds the abbreviations text[r] defines with a parenthesis,
// by Schwartz & Hearst's algorithm (PSB 2003): the short form is 2-10
// characters with a letter, the long form the shortest run of words
// before (or inside) the parenthesis whose letters hold the short form's
// characters right to left, its first character at a word start, at
// most min(|SF|+5, 2·|SF|) words.
func Expansions(text string, r Range) []Expansion {
	var out []Expansion
	s := text[r.Start:r.End]
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		j += i
		inner := strings.TrimSpace(s[i+1 : j])
		innerStart := i + 1 + strings.Index(s[i+1:j], inner)
		if isShortForm(inner) {
			// "long form (SF)": the words before the parenthesis.
			sf := inner
			maxWords := min(len(sf)+5, 2*len(sf))
			before := strings.TrimRight(s[:i], " ")
			ws := wordStarts(before, maxWords)
			if len(ws) > 0 {
				cand := before[ws[0]:]
				if lf, ok := bestLongForm(sf, cand); ok {
					ls := len(before) - len(lf)
					out = append(out, Expansion{
						Short: Range{r.Start + innerStart, r.Start + innerStart + len(inner)},
						Long:  Range{r.Start + ls, r.Start + len(before)},
					})
				}
			}
		} else if words := strings.Fields(inner); len(words) >= 2 {
			// "SF (long form)": the word before the parenthesis.
			before := strings.TrimRight(s[:i], " ")
			k := strings.LastIndexAny(before, " \t\n(") + 1
			sf := strings.Trim(before[k:], ",;:")
			if isShortForm(sf) && len(words) <= min(len(sf)+5, 2*len(sf)) {
				if lf, ok := bestLongForm(sf, inner); ok && lf == inner {
					out = append(out, Expansion{
						Short: Range{r.Start + k, r.Start + k + len(sf)},
						Long:  Range{r.Start + innerStart, r.Start + innerStart + len(inner)},
					})
				}
			}
		}
		i = j
	}
	return out
}

// expansions returns the long forms text[r] defines.
func expansions(text string, r Range) []Range {
	var out []Range
	for _, e := range Expansions(text, r) {
		out = append(out, e.Long)
	}
	return out
}

// isShortForm reports whether s can be an abbreviation: 2-10 characters,
// at most two words, a letter among them, opening with a letter or digit.
func isShortForm(s string) bool {
	if len(s) < 2 || len(s) > 10 || len(strings.Fields(s)) > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// wordStarts returns the offsets of the last n words of s.
func wordStarts(s string, n int) []int {
	var starts []int
	in := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			starts = append(starts, i)
		}
		in = !sp
	}
	if len(starts) > n {
		starts = starts[len(starts)-n:]
	}
	return starts
}

// bestLongForm is Schwartz & Hearst's matching: the shortest suffix of
// cand, starting at a word, whose characters hold sf's right to left.
func bestLongForm(sf, cand string) (string, bool) {
	s := []rune(strings.ToLower(sf))
	l := []rune(strings.ToLower(cand))
	si, li := len(s)-1, len(l)-1
	for si >= 0 {
		c := s[si]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			si--
			continue
		}
		for li >= 0 && (l[li] != c || (si == 0 && li > 0 && (unicode.IsLetter(l[li-1]) || unicode.IsDigit(l[li-1])))) {
			li--
		}
		if li < 0 {
			return "", false
		}
		li--
		si--
	}
	start := 0
	for k := li; k >= 0; k-- {
		if unicode.IsSpace(l[k]) || l[k] == '(' || l[k] == '-' {
			start = k + 1
			break
		}
	}
	lf := cand[runeOffset(cand, start):] // a slice of cand, byte for byte (an invalid byte is one rune, and stays one byte)
	if strings.Contains(strings.ToLower(lf), strings.ToLower(sf)) && len(lf) > len(sf)+1 && strings.HasPrefix(strings.ToLower(lf), strings.ToLower(sf)) {
		return "", false
	}
	return lf, len(lf) > len(sf)
}

// runeOffset returns the byte offset of the n-th rune of s ([]rune's
// count: an invalid byte is one rune).
func runeOffset(s string, n int) int {
	for off := range s {
		if n == 0 {
			return off
		}
		n--
	}
	return len(s)
}

// MatchesShortForm reports whether the words at the start of long spell
// sf (Schwartz & Hearst's matching over a whole long form): how a
// glossary's gloss "Alpha Beta Code" expands the headword "ABC".
func MatchesShortForm(sf, long string) bool {
	if !isShortForm(sf) {
		return false
	}
	lf, ok := bestLongForm(sf, long)
	return ok && lf == long
}

// IntroducesExpansion reports whether the text right before a phrase
// says that the phrase expands an abbreviation ("Abbreviation for ‘Read
// The Fine Manual’", "[acronym, ‘Automated Retroactive Minimal
// Moderation’]", "short for"): the phrase is then what the abbreviation
// stands for, stated, not merely spelled out in passing.
func IntroducesExpansion(before string) bool {
	t := strings.Join(strings.Fields(strings.ToLower(strings.TrimRight(before, " \t\n\"'‘“«([,:"))), " ") // "short\n   for", wrapped
	for _, p := range expansionIntros {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	return false
}

// IsExpansionWord reports whether a lower-cased word of a record's key
// says that the field holds an expansion ("expanded-acronym",
// "expansion").
func IsExpansionWord(lw string) bool {
	switch lw {
	case "expanded", "expansion", "expansions", "expand":
		return true
	}
	return false
}

// IsAbbreviationWord reports whether a lower-cased word names the
// relation of a short form to what it stands for ("abbreviated",
// "acronym", "initials"): a question's "Which manufacturer is
// abbreviated SMC?" asks what a glossary line "SMC  Standard
// Microsystems Corporation" states by its shape, in none of these words.
func IsAbbreviationWord(lw string) bool {
	switch lw {
	case "abbreviated", "abbreviate", "abbreviates", "abbreviation", "abbreviations", "acronym", "acronyms", "initials", "initialism", "initialisms":
		return true
	}
	return false
}

var expansionIntros = []string{"abbreviation for", "abbreviation of", "acronym for", "acronym of", "acronym", "abbreviation", "abbrev",
	"short for", "stands for", "stand for", "expands to", "expansion of", "initialism for", "contraction of"}
