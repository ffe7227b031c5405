package english

import (
	"regexp"
	"strings"
	"unicode"
)

// divisionNouns name the parts a book or a manual is divided into.
var divisionNouns = set(`chapter chapters section sections subsection subsections part parts appendix appendices`)

// textNouns name a text that is divided into parts ("of the Debian
// Policy Manual", "of the git docs"): not a file, a table or a schema,
// whose sections are no text's.
var textNouns = set(bookNounList + ` docs book policy specification spec`)

// AsksDivision reports whether a question (its lower-cased words) asks
// which part of a work holds something, its wh-phrase's head at head:
// "which chapter …", "what appendix number …", "which section number …",
// "which section of the Debian Policy Manual …" — not "which section of
// the Debian archive", an area of an archive rather than of a text, nor
// "which section is libfoo in", a package's, nor "which part of the arm".
func AsksDivision(lower []string, head int) bool {
	if head < 0 {
		return false
	}
	for k := max(head-1, 0); k <= head+1 && k < len(lower); k++ {
		w := lower[k]
		if !divisionNouns[w] {
			continue
		}
		if strings.HasPrefix(w, "chapter") || strings.HasPrefix(w, "appendi") {
			return true // a chapter or an appendix is a text's
		}
		if k+1 < len(lower) && lower[k+1] == "number" {
			return true
		}
		if k+1 < len(lower) && lower[k+1] == "of" {
			for j := k + 2; j < len(lower) && j <= k+7; j++ {
				if textNouns[lower[j]] {
					return true // "of the Debian Policy Manual", "of the git rev-list manual"
				}
				if IsQuestionWord(lower[j]) {
					break
				}
			}
		}
	}
	return false
}

// divisionNumber is a division's number as texts write it: "3", "12.1",
// "5.4.2".
const divisionNumber = `[0-9]{1,3}(?:\.[0-9]{1,3})*`

// divisionLabel finds a division's label opening a heading: "Chapter 3.",
// "Appendix A.", "Section 2.1" (a number, a capital letter or a Roman
// numeral after the noun).
var divisionLabel = regexp.MustCompile(`^(?:Chapter|CHAPTER|Appendix|APPENDIX|Section|SECTION|Part|PART)(?:\s|` + NoBreakSpace + `)+(?:` + divisionNumber + `|[A-Z]|[IVX]{1,4})\b\.?`)

// DivisionLabel returns the length of the label that opens a heading of a
// division of a text — a section number ("5.4.2. Safe low level network
// operations", "9.1. Uploading …") or a division noun and its number
// ("Chapter 3. The system initialization", "Appendix A. Appendix") —
// or 0.
func DivisionLabel(line string) int {
	if n := SectionNumber(line); n > 0 {
		return n
	}
	return len(divisionLabel.FindString(line))
}

// divisionReference finds a reference to a division of a text: "Section
// 12.1", "see Chapter 8", "Appendix C", "§ 4.2".
var divisionReference = regexp.MustCompile(`(?:\b(?:[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Aa]ppendix|[Aa]ppendices)(?:\s|` + NoBreakSpace + `)+(?:` + divisionNumber + `|[A-Z])\b|§\s*` + divisionNumber + `)`)

// CitesDivision reports whether text refers to a division of a text by
// its number: "See Section 1.1, “Social dynamics of Debian”", "described
// in chapter 5", or a work's name and a section number ("See Debian
// Policy Manual, 8.1.1 "ldconfig"") — not a version ("Sphinx 5.3.0").
func CitesDivision(text string) bool {
	return divisionReference.MatchString(text) || workSection.MatchString(text)
}

// workSection is a noun naming a work and a section number after it.
var workSection = regexp.MustCompile(`\b(?:[Mm]anual|[Gg]uide|[Rr]eference|FAQ|[Hh]andbook|[Pp]olicy|[Dd]ocumentation),?(?:\s|` + NoBreakSpace + `)+[0-9]{1,2}(?:\.[0-9]{1,2})+\b`)

// IsTopicVerb reports whether a lower-cased word says what a part of a
// text is about ("which section COVERS …", "is TITLED …", "should I READ
// to …"): a reporting verb ("describes", "explains") or one of
// topicVerbs. No heading writes it.
func IsTopicVerb(lw string) bool {
	return reportVerbs[lw] || namingWords[lw] || rangeWords[lw] || asWords[lw] || topicVerbs[lw]
}

// topicVerbs are the verbs of a part's topic that reportVerbs,
// namingWords, rangeWords and asWords leave out.
var topicVerbs = set(`cover covers covered explained deal deals dealt discuss discusses discussed
document documents documented treat treats treated entitled tell tells read learn study consult see`)

// DivisionNumber returns the number of the division a heading opens
// ("1.1" of "1.1. Social dynamics of Debian", "8" of "Chapter 8.
// Updating the package") or that text refers to first ("1.1" of "See
// Section 1.1, “Social dynamics of Debian”"), "" if none: two units that
// give one number name one part of the text.
func DivisionNumber(text string) string {
	s := text[:DivisionLabel(text)]
	if s == "" {
		s = divisionReference.FindString(text)
	}
	if s == "" {
		s = workSection.FindString(text)
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '§' })
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[len(f)-1], ".") // "A" of "Appendix A.", "8.1.1" of "Manual, 8.1.1"
}

// IsTableCaption reports whether a line, trimmed, is a table's numbered
// caption ("Table 6.2. List of mail user agent (MUA)", "Table A.1. …";
// no-break spaces may stand for the spaces): it says what the rows under
// it list. An example's or a figure's caption (see IsCaption) is no
// table's.
func IsTableCaption(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "Table") && IsCaption(line)
}
