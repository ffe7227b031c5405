package compare

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/generate"
)

// The kinds of fact a gold answer is typed as when its question file names
// none. Question files may use any other kind ("definition", "place").
const (
	KindNumber  = "number"  // "412", "3.5", "one tenth", "over 2000"
	KindDate    = "date"    // a year, "1990s", "12 March 1998", "1998-03-12"
	KindMeasure = "measure" // a number with a unit: "5 kg", "100 MHz"
	KindName    = "name"    // capitalised words: "Louis XIV", "Ada Lovelace"
	KindCode    = "code"    // an identifier or command: "qemu-img", "x86_64", "U+00E9"
	KindOther   = "other"
)

// kindOrder is the order kinds are shown in; kinds not listed follow in
// alphabetical order, KindOther last.
var kindOrder = []string{KindNumber, KindDate, KindMeasure, KindName, KindCode}

// KindOf returns the question's kind: the one its file gives, else the
// type of its first gold answer (AnswerKind), else KindOther.
func KindOf(q Question) string {
	if q.Kind != "" {
		return q.Kind
	}
	if len(q.Answers) == 0 {
		return KindOther
	}
	return AnswerKind(q.Answers[0])
}

var (
	yearRE    = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})s?$`)
	isoDateRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$`)
	numberRE  = regexp.MustCompile(`^[-+−]?([0-9]+([,.][0-9]+)*|[0-9]*[.][0-9]+)(%|[eE][-+]?[0-9]+)?$`)
	codeRE    = regexp.MustCompile(`[_./:=<>$#@~\\(){}\[\]+*]|^-|[a-z0-9]-[a-z0-9]`)
	months    = wordSet("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec")
	numberWords = wordSet("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
		"sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand " +
		"million billion half third thirds quarter quarters tenth tenths hundredth hundredths dozen")
	qualifiers = wordSet("over about around approximately nearly almost more than less under some roughly at least most a an and")
	joiners    = wordSet("of the de la le du des von van der den y and da di al el bin")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// AnswerKind types a gold answer by its form: KindDate, KindNumber,
// KindMeasure, KindCode, KindName or KindOther.
func AnswerKind(answer string) string {
	words := strings.Fields(strings.TrimSpace(answer))
	switch {
	case len(words) == 0:
		return KindOther
	case isDate(words):
		return KindDate
	case isNumber(words):
		return KindNumber
	case isMeasure(words):
		return KindMeasure
	case len(words) == 1 && isCode(words[0]):
		return KindCode
	case isName(words):
		return KindName
	}
	return KindOther
}

func isDate(words []string) bool {
	if len(words) == 1 {
		return yearRE.MatchString(words[0]) || isoDateRE.MatchString(words[0])
	}
	hasMonth, hasNum := false, false
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case months[w]:
			hasMonth = true
		case numberRE.MatchString(strings.TrimSuffix(strings.TrimSuffix(w, "th"), "st")):
			hasNum = true
		case w == "ad" || w == "bc" || w == "bce" || w == "ce":
		default:
			return false
		}
	}
	return hasMonth && hasNum
}

func isNumber(words []string) bool {
	counted := false
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case numberRE.MatchString(w), numberWords[lw]:
			counted = true
		case strings.Contains(lw, "-") && allNumberWords(strings.Split(lw, "-")):
			counted = true
		case qualifiers[lw]:
		default:
			return false
		}
	}
	return counted
}

func allNumberWords(ws []string) bool {
	for _, w := range ws {
		if !numberWords[w] {
			return false
		}
	}
	return true
}

// isMeasure: a number, then one or two unit words ("5 kg", "3.5 square
// inches"), or a number glued to its unit ("100MHz").
func isMeasure(words []string) bool {
	if len(words) == 1 {
		w := words[0]
		i := strings.IndexFunc(w, func(r rune) bool { return !(unicode.IsDigit(r) || r == '.' || r == ',') })
		return i > 0 && isUnit(w[i:])
	}
	if len(words) > 3 || !isNumber(words[:1]) {
		return false
	}
	for _, w := range words[1:] {
		if !isUnit(w) {
			return false
		}
	}
	return true
}

func isUnit(w string) bool {
	if w == "" || utf8.RuneCountInString(w) > 12 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !strings.ContainsRune("°%/²³µ·", r) {
			return false
		}
	}
	return true
}

func isCode(w string) bool {
	if codeRE.MatchString(w) {
		return true
	}
	digits, letters, inner := false, false, false
	for i, r := range w {
		digits = digits || unicode.IsDigit(r)
		letters = letters || unicode.IsLetter(r)
		inner = inner || (i > 0 && unicode.IsUpper(r) && unicode.IsLower(rune(w[i-1])))
	}
	return (digits && letters) || inner
}

func isName(words []string) bool {
	capital := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capital = true
		case joiners[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return capital
}

// KindSummary holds the figures of one kind of question.
type KindSummary struct {
	Kind      string        `json:"kind"`
	Questions int           `json:"questions"`
	Modes     []ModeSummary `json:"modes"`
}

// Summary returns the figures of mode m for this kind, and false when m was
// not run.
func (k KindSummary) Summary(m generate.Mode) (ModeSummary, bool) {
	return modeSummary(k.Modes, m)
}

// summarizeKinds computes every mode's figures per kind of question.
func summarizeKinds(recs []Record, modes []generate.Mode, ks []int) []KindSummary {
	by := map[string][]Record{}
	for _, rec := range recs {
		by[rec.Kind] = append(by[rec.Kind], rec)
	}
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sortKinds(kinds)
	out := make([]KindSummary, 0, len(kinds))
	for _, k := range kinds {
		ks2 := KindSummary{Kind: k, Questions: len(by[k])}
		for _, m := range modes {
			ks2.Modes = append(ks2.Modes, summarize(by[k], m, ks))
		}
		out = append(out, ks2)
	}
	return out
}

// sortKinds puts kinds in display order (see kindOrder).
func sortKinds(kinds []string) {
	rank := func(k string) int {
		if i := slices.Index(kindOrder, k); i >= 0 {
			return i
		}
		if k == KindOther {
			return len(kindOrder) + 1
		}
		return len(kindOrder)
	}
	sort.Slice(kinds, func(i, j int) bool {
		ri, rj := rank(kinds[i]), rank(kinds[j])
		if ri != rj {
			return ri < rj
		}
		return kinds[i] < kinds[j]
	})
}
