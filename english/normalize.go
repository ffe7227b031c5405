package english

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching, the one normalisation every package
// uses (answer scoring, fact checks): Unicode compatibility forms
// (NFKD, so "ﬁ" is "fi" and full-width digits are ASCII), accents dropped,
// lower case, dashes and quotes made ASCII, whitespace runs made one space,
// thousands separators removed from numbers ("1,200", "1 200" and
// "1'200" are "1200") and "per cent"/"percent"/" %" written "%".
func Normalize(s string) string {
	out := dropThousands(Fold(s))
	for _, p := range []string{" per cent", " percent", " %"} {
		out = strings.ReplaceAll(out, p, "%")
	}
	return out
}

// Fold is Normalize without the number rewriting: compatibility forms,
// accents, case, dashes, quotes and whitespace.
func Fold(s string) string {
	if foldedASCII(s) {
		return s
	}
	s = norm.NFKD.String(s)
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(foldRune(r))
	}
	return sb.String()
}

// foldedASCII reports whether s is already its own fold: printable ASCII
// without capitals or whitespace, which NFKD, the accent strip, the case
// fold and the space collapse all leave as it is. Most words are; the
// reader folds every word of every unit it compares.
func foldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func foldRune(r rune) rune {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '‘', '’', '‚', '′':
		return '\''
	case '“', '”', '„', '″':
		return '"'
	}
	return unicode.ToLower(r)
}

// dropThousands removes ",", " " and "'" (1'000) between a digit and a group of exactly
// three digits that is not followed by another digit.
func dropThousands(s string) string {
	if !strings.ContainsAny(s, ", '") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if (c == ',' || c == ' ' || c == '\'') && i > 0 && isASCIIDigit(s[i-1]) && i+3 < len(s) &&
			isASCIIDigit(s[i+1]) && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3]) && (i+4 >= len(s) || !isASCIIDigit(s[i+4])) && groupedBefore(s, i) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// groupedBefore reports whether the digit run ending at s[i-1] looks like
// the head of a grouped number: 1 to 3 digits, or itself a group, not the
// end of a word ("shim6", "ipv4").
func groupedBefore(s string, i int) bool {
	j := i
	for j > 0 && isASCIIDigit(s[j-1]) {
		j--
	}
	n := i - j
	if n > 3 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:j]); j > 0 && (unicode.IsLetter(r) || r == '_') {
		return false // "shim6 140" (a name ending in a digit, then a number): no "6 140"
	}
	if j > 0 && (s[j-1] == ',' || s[j-1] == ' ' || s[j-1] == '\'') && j > 1 && isASCIIDigit(s[j-2]) {
		return n == 3
	}
	return true
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// Unshout returns a question typed in capitals throughout (no lower-case
// letter in three words or more: "WHEN WAS VELMORA FOUNDED?") in lower
// case: its capitals mark neither acronyms ("WHEN" and "WAS" are none)
// nor names. Other text, and one or two words in capitals ("IBM TPS"),
// are returned as they are. Retrieval and the reader read a question
// through it alike.
func Unshout(text string) string {
	if strings.IndexFunc(text, unicode.IsLower) >= 0 {
		return text
	}
	if len(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })) < 3 {
		return text
	}
	return strings.ToLower(text)
}

// citationMark is a citation marker as Verbatim's answers write them,
// after a space ("… river [2]", "[1][3]"), pasted into a question with the
// answer it came from; an index written onto a word ("argv[0]") is none.
var citationMark = regexp.MustCompile(`\s+(\[\d{1,3}\])+`)

// QuestionForm is a question as retrieval and the reader read it: the
// citation markers pasted from an answer dropped ("When was Velmora
// founded? [2]": the 2 is no number the question asks about) and
// capitals throughout unshouted (see Unshout).
func QuestionForm(text string) string {
	if strings.IndexByte(text, '[') >= 0 {
		text = citationMark.ReplaceAllString(text, "")
	}
	return Unshout(text)
}

// hexGroups is an address written in groups of two hexadecimal digits
// split by colons or hyphens, three groups or more, and perhaps a last
// group of one digit (a 28- or 36-bit block: "88:A9:A7:C").
var hexGroups = regexp.MustCompile(`\b[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2})+(?:[:-][0-9A-Fa-f])?\b`)

// JoinHexGroups writes a hardware address given in groups ("F0-27-65",
// "00:50:C2:CA:5") as the IEEE registries' tables key it, one run of
// digits ("F02765", "0050C2CA5"), which a search for the groups never
// finds (it finds every row that holds "27" or "65"); other texts write
// the groups (oui.txt's "(hex)" lines, Wireshark's manuf, prose), so
// retrieval and the reader read the joined form only when the grouped
// one is not found (see retrieve.Retriever.Search, reader.Read). Only an
// address of one separator, with a letter among its digits or four groups
// or more, is joined: "12:30:45" is a time.
func JoinHexGroups(text string) string {
	if !strings.ContainsAny(text, ":-") {
		return text
	}
	return hexGroups.ReplaceAllStringFunc(text, joinGroups)
}

// JoinedHexAddresses returns the hardware addresses text writes in
// groups, each joined as JoinHexGroups joins it ("F02765" for "F0-27-65").
func JoinedHexAddresses(text string) []string {
	var out []string
	for _, m := range hexGroups.FindAllString(text, -1) {
		if j := joinGroups(m); j != m {
			out = append(out, j)
		}
	}
	return out
}

// HoldsAddress reports whether text writes one of addrs (joined
// addresses, see JoinedHexAddresses), its letters in either case.
func HoldsAddress(text string, addrs []string) bool {
	text = strings.ToUpper(text)
	return slices.ContainsFunc(addrs, func(a string) bool { return strings.Contains(text, strings.ToUpper(a)) })
}

// joinGroups is one address of JoinHexGroups joined, or m as it is.
func joinGroups(m string) string {
	sep, other := m[2:3], ":"
	if sep == ":" {
		other = "-"
	}
	if strings.Contains(m, other) {
		return m // "0A:1B-2C": two separators, no address
	}
	groups := strings.Split(m, sep)
	if len(groups) < 4 && strings.IndexFunc(m, func(r rune) bool { return (r >= 'A' && r <= 'F') || (r >= 'a' && r <= 'f') }) < 0 {
		return m
	}
	return strings.Join(groups, "")
}
