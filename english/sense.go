package english

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// senseOrd matches an ordinal a question numbers a sense with: a word of
// ordinalNumbers or digits with a suffix ("2nd", "7th").
var senseOrd = func() string {
	words := make([]string, 0, len(ordinalNumbers))
	for w := range ordinalNumbers {
		words = append(words, w)
	}
	slices.Sort(words)
	return `(` + strings.Join(words, "|") + `|\d{1,2}(?:st|nd|rd|th))`
}()

var askedSense = []*regexp.Regexp{
	regexp.MustCompile(`(?i),?\s*\b(?:in|by|under)\s+(?:its|the|their|his|her)\s+` + senseOrd + `\s+(?:sense|meaning|definition)\b`),                                                                    // "what does hectic mean in its second sense"
	regexp.MustCompile(`(?i)\b(?:the|its)\s+` + senseOrd + `(?:[- ]listed)?\s+(?:English\s+)?(?:sense|meaning|definition|translation)s?\b(?:\s+(?:given|listed|offered|shown)\b)?(?:\s+(?:of|for)\b)?`), // "the second sense of kestling", "the second sense given for marchand", "the first English sense given for", "its second listed sense", "the first-listed English translations of puissance"
	regexp.MustCompile(`(?i)\b(?:what|which)\s+(` + senseOrd + `(?:[- ]listed)?\s+(?:English\s+)?(?:sense|meaning|definition|translation)s?\b)`),                                                        // "what second sense does the dictionary give for bataille": the question word stays
	regexp.MustCompile(`(?i),?\s*\bin\s+(?:sense|meaning|definition)\s+(?:number\s+|no\.?\s*|#)?(\d{1,2})\b`),                                                                                           // "in sense 2"
	regexp.MustCompile(`(?i)\b(?:sense|meaning|definition)\s+(?:number\s+|no\.?\s*|#)?(\d{1,2})\s+(?:of|for)\b`),                                                                                        // "sense 7 of twillock"
}

// AskedSense finds the numbered sense a question asks for ("What is the
// second sense of kestling?", "What does hectic mean in its second
// sense?", "What is sense 7 of twillock?"): the sense's number and the
// byte span [from, to) of the words that ask for it, which say which of an
// entry's senses is wanted, not what it is about. It returns 0, -1, -1
// when the question asks for no numbered sense.
func AskedSense(question string) (n, from, to int) {
	for _, re := range askedSense {
		m := re.FindStringSubmatchIndex(question)
		if m == nil {
			continue
		}
		if len(m) > 4 && m[4] >= 0 {
			m[0], m[1], m[2], m[3] = m[2], m[3], m[4], m[5] // "what second sense": only "second sense" is cut
		}
		w := strings.ToLower(question[m[2]:m[3]])
		if v, ok := ordinalNumbers[w]; ok {
			return v, m[0], m[1]
		}
		if v, err := strconv.Atoi(strings.TrimRight(w, "stndrh")); err == nil && v > 0 {
			return v, m[0], m[1] // "2nd", "7", "10th"
		}
	}
	return 0, -1, -1
}

var senseOpener = regexp.MustCompile(`^(?:(n|v|adj|adv|a|s)\s+)?(\d{1,2})\s*[.:]\s|^\((\d{1,2})\)\s`)

// SenseNumber returns the number a dictionary sense opens with ("2. A
// quick-tempered person.", "(2) A beautiful …", WordNet's "n 2: …" and
// "2: …"), or 0, and the word class written before it ("n", "v", "adj",
// "adv"; "" when none is).
func SenseNumber(text string) (n int, class string) {
	m := senseOpener.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return 0, ""
	}
	s := m[2]
	if s == "" {
		s = m[3]
	}
	n, _ = strconv.Atoi(s)
	return n, m[1]
}

// SenseLabelEnd returns the offset in text just past the number a
// dictionary sense opens with ("n 1: " of WordNet's "n 1: the capital
// and largest city of Bangladesh", "2. " of "2. A quick-tempered
// person."), or 0 when it opens with none (see SenseNumber): a label,
// no value the sense states.
func SenseLabelEnd(text string) int {
	trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
	if !opensLikeSense(trimmed) {
		return 0
	}
	loc := senseOpener.FindStringIndex(trimmed)
	if loc == nil {
		return 0
	}
	return len(text) - len(trimmed) + loc[1]
}

// opensLikeSense reports whether text may open with a sense's number
// (see senseOpener): with a digit, "(", or a word class and a space. A
// cheap test first: the reader asks it of every unit of every passage.
func opensLikeSense(text string) bool {
	if text == "" {
		return false
	}
	if c := text[0]; c >= '0' && c <= '9' || c == '(' {
		return true
	}
	i := strings.IndexFunc(text, unicode.IsSpace)
	if i < 1 || i > 3 {
		return false
	}
	switch text[:i] {
	case "n", "v", "adj", "adv", "a", "s":
		return true
	}
	return false
}

// CutSpan returns text without the span [from, to), its spaces and
// punctuation tidied ("What does hectic mean in its second sense?" without
// "in its second sense": "What does hectic mean?").
func CutSpan(text string, from, to int) string {
	s := strings.Join(strings.Fields(text[:from]+" "+text[to:]), " ")
	for _, r := range [][2]string{{" ?", "?"}, {" ,", ","}, {",,", ","}, {",?", "?"}} {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return s
}

// IsPartOfSpeech reports whether a lower-cased word names a part of speech
// a dictionary labels its entries with ("the VERB dib", "the obsolete
// ADJECTIVE unmutable", "used as a NOUN").
func IsPartOfSpeech(lw string) bool {
	switch lw {
	case usageLabels["n"], usageLabels["v"], usageLabels["a"], usageLabels["adv"]:
		return true
	}
	return false
}

// EntryPartOfSpeech returns the part of speech a dictionary's unit labels
// the entry it opens with ("verb" for "Dib \Dib\, v. i.", "noun" for
// "DEFAME, n." and WordNet's "n 1: …", "adjective" for its "s 1: …"), ""
// when the text writes none there: a headword's label after the comma that
// ends it, written with its dot, or the class before a WordNet sense's
// number.
func EntryPartOfSpeech(text string) string {
	if _, class := SenseNumber(text); class != "" {
		if class == "s" {
			class = "a" // WordNet's satellite adjective
		}
		return usageLabels[class]
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > 60 || !unicode.IsUpper([]rune(line)[0]) {
		return ""
	}
	f := strings.Fields(line[comma+1:])
	if len(f) == 0 || !strings.HasSuffix(strings.TrimRight(f[0], ","), ".") {
		return ""
	}
	if l := UsageLabel(strings.ToLower(strings.TrimRight(f[0], ".,"))); IsPartOfSpeech(l) {
		return l
	}
	return ""
}
