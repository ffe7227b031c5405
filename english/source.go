package english

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SourceSpan finds, in a question's words (lower: lower-cased, bodies: as
// written), the words that name the work the question asks about rather
// than what it asks: "according to the Debian FAQ", "per the Jargon
// File", "How does the Debian Reference describe mawk?", "What does
// GCIDE define as …". It returns the span [from, to) of the source's own
// words (its article and the phrase's frame left out), or -1, -1.
//
// A source is a run of one to four words after "according to" or "per"
// ("…, per the Jargon File", "Per the IEEE OUI registry, which …"; "per
// second" names no work), after "in" when it
// holds a noun naming a work ("In the Debian Reference, which package …",
// "described in the Debian Reference as …"),
// or between "do/does/did" and a reporting verb (reportVerbs), each
// written capitalised or a noun that names a kind of work (workNouns:
// "manual", "glossary", "FAQ"), that names a work (namesWork). The same
// run before a reporting verb also cites the work when it opens the
// question ("The Debian FAQ says …", "Debian Policy gives an example …")
// or follows "as" ("as the Debian FAQ describes"); after "in" it may be
// followed by the part of the work named (citedParts: "In the Debian FAQ
// chapter on …"). The verbs of workVerbs ("show", "use", "say") end it
// only when it holds a work noun ("Which UDP port does NTP use?" cites
// nothing). A capitalised word anywhere else in a question is a name of
// what it asks about, and stays one; so is the X of "the X entry".
func SourceSpan(lower, bodies []string) (from, to int) {
	for i := 0; i < len(lower); i++ {
		start, asks := -1, false
		switch {
		case lower[i] == "according" && i+1 < len(lower) && lower[i+1] == "to":
			start = i + 2
		case lower[i] == "per":
			start = i + 1
		case lower[i] == "does" || lower[i] == "do" || lower[i] == "did":
			start, asks = i+1, true
		case lower[i] == "as":
			start, asks = i+1, true // "as the Debian FAQ describes"
		case i == 0 && (lower[i] == "the" || !IsQuestionWord(lower[i]) && !IsStopword(lower[i])):
			start, asks = i, true // "The Git FAQ suggests …", "Debian Policy gives an example …": the work says what is asked
		case lower[i] == "in":
			start = i + 1
		default:
			continue
		}
		if start < len(lower) && (lower[start] == "the" || lower[start] == "its" || lower[start] == "this") {
			start++
		}
		end := start
		possessive := false // "In the Debian Reference's example of …": the work's, whatever follows
		run := lower
		for end < len(lower) && end-start < 4 && !asks {
			if base, ok := possessiveOf(lower[end]); ok && workNouns[base] && (bodies[end] == lower[end] || end+1 >= len(lower) || bodies[end+1] == lower[end+1]) {
				run = slices.Clone(lower[:end+1])
				run[end] = base
				end++
				possessive = true // "the guide's example", "the manual's spam command example", "the Debian Reference's shell scripting chapter": the run ends on the work's noun. A capitalised one before another capital goes on as a name ("The Devil's Dictionary", "the Reference's Appendix A")
				break
			}
			if !sourceWord(lower[end], bodies[end]) && !modifiesWork(lower, end, start) {
				break
			}
			end++
		}
		for end < len(lower) && end-start < 4 && asks && sourceWord(lower[end], bodies[end]) && !(end > start && (reportVerbs[lower[end]] || workVerbs[lower[end]])) {
			if base, ok := possessiveOf(lower[end]); ok && workNouns[base] && end > start && (end+1 >= len(lower) || bodies[end+1] == lower[end+1]) {
				run = slices.Clone(lower[:end+1])
				run[end] = base
				end++
				possessive = true // "What command does the Debian FAQ's section on alternatives give": the work's, whatever follows
				break
			}
			end++ // "does the Debian FAQ LIST": a noun of works that is the verb ends the run
		}
		if end == start || !namesWork(run[start:end], bodies[start:end]) || lower[i] == "in" && !citesBook(run[start:end], bodies[start:end]) {
			continue // "in HTML", "in GNU screen", "in the table": where the thing asked is, not a work cited
		}
		if possessive {
			if end < len(lower) && workParts[lower[end]] {
				end++ // "the Perl glossary's EXAMPLE": a part of the work, which its text does not name
			}
			return start, end
		}
		if asks {
			// The run must end at the reporting verb: "does the Debian
			// Reference DESCRIBE"; "does DEC stand for" has no source.
			if end >= len(lower) || !reportVerbs[lower[end]] && !(workVerbs[lower[end]] && hasWorkNoun(run[start:end])) {
				continue
			}
		} else if end < len(lower) && !IsQuestionWord(lower[end]) && !IsStopword(lower[end]) && !(prepositions[lower[end]] && end+1 < len(lower) && IsQuestionWord(lower[end+1])) &&
			!(lower[i] == "in" && citedParts[lower[end]]) {
			continue // "according to Debian policy makers": the run goes on (not "In the Debian Reference, UNDER WHICH directory …": the question starts; nor "In the Debian FAQ CHAPTER on …")
		}
		return start, end
	}
	return -1, -1
}

// namesWork reports whether a run of source words names a work, not a
// person or a thing the question is about: it holds a noun naming a work
// ("the Debian REFERENCE", "the Jargon FILE") or is one acronym
// ("GCIDE"). "How does Ambrose Bierce define a banker?" cites a person;
// "Which property does PropList give …" a file whose records are asked.
func namesWork(lower, bodies []string) bool {
	if hasWorkNoun(lower) {
		return true
	}
	if len(bodies) != 1 || utf8.RuneCountInString(bodies[0]) < 3 {
		return false
	}
	for _, r := range bodies[0] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// AuthorSpan finds, in a question's words (lower: lower-cased, bodies: as
// written), a name cited as who says or defines what is asked: between
// "do/does/did" and a reporting verb ("How does Ambrose Bierce define a
// banker?", "What does Bierce say …") or after "according to"
// ("according to Bierce, …"); the span [from, to) of the name, or -1,
// -1. Whether it is the document's author — where to look, as a work's
// title is, written in none of its entries — or someone the text quotes
// and names ("What does Debian call its testing release?", "according to
// Pete Samson") only the passages tell.
func AuthorSpan(lower, bodies []string) (from, to int) {
	for i := 0; i+1 < len(lower); i++ {
		start, asks := -1, false
		switch {
		case lower[i] == "according" && lower[i+1] == "to":
			start = i + 2
		case lower[i] == "does" || lower[i] == "do" || lower[i] == "did":
			start, asks = i+1, true
		default:
			continue
		}
		end := start
		for end < len(bodies) && end-start < 3 && namesPerson(bodies[end:end+1]) && !IsPossessive(lower[end]) {
			end++
		}
		if end == start {
			continue
		}
		if asks && (end >= len(lower) || !reportVerbs[lower[end]]) {
			continue // "does DEC stand for": no one cited
		}
		return start, end
	}
	// "In Bierce's entry on the handkerchief", "Ambrose Bierce's view":
	// a name that owns the text cited.
	for i := range lower {
		if base, ok := possessiveOf(lower[i]); !ok || base == "" || i+1 >= len(lower) || !citedTexts[lower[i+1]] || !namesPerson(bodies[i:i+1]) {
			continue
		}
		from := i
		for from > 0 && i-from < 2 && namesPerson(bodies[from-1:from]) {
			from--
		}
		return from, i + 1
	}
	return -1, -1
}

// citedTexts are the nouns of what an author wrote that a question cites
// by the author's name ("Bierce's ENTRY on …", "in Bierce's VIEW").
var citedTexts = set(`entry entries view views definition definitions lexicon verse poem words`)

// namesPerson reports whether a run of words as written may be a
// person's name: one to three capitalised words, none in capitals
// throughout ("Ambrose Bierce", "Bierce"; not "GCIDE", an acronym).
func namesPerson(bodies []string) bool {
	if len(bodies) == 0 || len(bodies) > 3 {
		return false
	}
	for _, b := range bodies {
		r, _ := utf8.DecodeRuneInString(b)
		if lw := strings.ToLower(b); !unicode.IsUpper(r) || utf8.RuneCountInString(b) < 2 || strings.ToUpper(b) == b || IsStopword(lw) || IsQuestionWord(lw) {
			return false // "In" of "In Bierce's entry", "How"
		}
	}
	return true
}

// hasWorkNoun reports whether a run of words holds a noun naming a work.
func hasWorkNoun(lower []string) bool {
	for _, w := range lower {
		if workNouns[w] {
			return true
		}
	}
	return false
}

// citesBook reports whether a run of source words after "in" names a
// book: a name in capitals with a noun naming a work ("the Debian
// Reference", "the Jargon File"), or a noun that names only books ("the
// dictionary", "this manual"). "In the table", "in the file" say where
// the thing asked is.
func citesBook(lower, bodies []string) bool {
	named := false
	for i, w := range lower {
		if bookNouns[w] {
			return true
		}
		r, _ := utf8.DecodeRuneInString(bodies[i])
		named = named || unicode.IsUpper(r)
	}
	return named && hasWorkNoun(lower)
}

// sourceWord reports whether a word may be part of a source's name:
// capitalised ("Debian", "GCIDE", "Jargon"), or a noun naming a work.
func sourceWord(lw, body string) bool {
	if workNouns[lw] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(r) && !IsQuestionWord(lw)
}

// modifiesWork reports whether lower[k], a lower-case word after a name
// that opens a source run (start), is a noun that qualifies the noun of a
// work after it ("the VERA ACRONYM list", "the Debian PACKAGING manual").
func modifiesWork(lower []string, k, start int) bool {
	return k > start && k+1 < len(lower) && workNouns[lower[k+1]] && !workNouns[lower[k]] && !IsStopword(lower[k]) && !IsQuestionWord(lower[k]) &&
		strings.IndexFunc(lower[k], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 // not "the ISO 3166-1 schema": a numbered standard is what is asked about
}

// workNouns name kinds of works a question may cite as its source;
// bookNouns those that name only books.
var (
	bookNouns = set(bookNounList)
	workNouns = set(bookNounList + ` docs file files list lists listing listings table tables schema book policy standard specification spec registry registries`)
)

// workParts name a part of a work after the work's possessive ("the
// guide's EXAMPLE").
var workParts = set(`example examples`)

const bookNounList = `manual manuals glossary dictionary dictionaries reference guide handbook faq documentation`

// IsSpeechVerb reports whether a lower-cased word asks who said or wrote
// words ("who SAID 'Big book, big bore'"): what an attribution line
// ("-- Callimachus") states of the quotation above it.
func IsSpeechVerb(lw string) bool { return speechVerbs[lw] }

var speechVerbs = set(`say says said saith saying wrote write writes written quote quotes quoted remark remarks remarked`)

// IsAuthorshipWord reports whether a lower-cased word asks who wrote
// words: a speech verb, or one that credits or names an author ("which
// poet is CREDITED with the verse", "the AUTHOR of", "who PENNED").
func IsAuthorshipWord(lw string) bool { return speechVerbs[lw] || authorshipWords[lw] }

var authorshipWords = set(`credit credits credited author authors authored poet poets composed penned writer writers`)

// IsCreditParticiple reports whether a lower-cased past participle
// credits a work to whom "by" names after it ("compiled by Eric
// Raymond", "created by Ian Jackson"), as an authorship word does;
// another verb's participle does not ("obsoleted by …", "replaced by
// Linux").
func IsCreditParticiple(lw string) bool { return IsAuthorshipWord(lw) || creditParticiples[lw] }

var creditParticiples = set(`created compiled edited maintained developed designed translated illustrated founded coined invented
devised produced prepared revised written drawn photographed`)

// IsLiteraryWork reports whether a lower-cased noun names a work a
// quotation may be taken from ("which PLAY is 'Harp not on that string'
// from"): an attribution line names it after the author
// (`-- William Shakespeare, "Henry VI"`).
func IsLiteraryWork(lw string) bool { return literaryWorks[lw] }

var literaryWorks = set(`play plays poem poems novel novels book books story stories work works film films song songs opera tragedy comedy`)

// giveVerbList are the verbs a source gives or lists a fact with.
const giveVerbList = `give gives list lists`

// reportVerbs are what a source does with a fact in a question that
// cites it ("how does the FAQ DESCRIBE it", "what does GCIDE GIVE as").
var reportVerbs = set(giveVerbList + ` describe describes define defines call calls recommend recommends
suggest suggests mention mentions credit credits state states explain explains name names note notes gloss glosses
advise advises consider considers ` + translateVerbs)

// workVerbs are more verbs a work does with a fact ("What command does
// the Debian Reference SHOW for …", "The Debian FAQ SAYS …"), but which a
// thing asked about does too ("Which UDP port does NTP USE?"): they end a
// source's run only when it holds a noun naming a work.
var workVerbs = set(`say says show shows tell tells caution cautions warn warns require requires use uses cover covers discuss discusses`)

// citedParts are the parts of a cited work a question may name right
// after it ("In the Debian FAQ CHAPTER on …", "In the Debian Policy
// APPENDIX on …", "the Jargon File ENTRY").
var citedParts = set(`chapter chapters section sections subsection appendix part entry entries footnote footnotes example examples`)

// IsCopyrightNotice reports whether a unit is a copyright notice
// ("Copyright © 1996-2021 Software in the Public Interest", "Packaged by
// Debian Copyright © 2022 Free Software Foundation, Inc."): "Copyright"
// or "©" with a year right after it, in one line short enough to be a
// notice rather than prose about copyright. Its year is when the text was
// written or last revised, not a date anything else happened.
func IsCopyrightNotice(text string) bool {
	if text = strings.TrimSpace(text); len(text) > 240 || strings.Contains(text, "\n") {
		return false // a header block with a "Date:" line and a "© 2022" line dates itself
	}
	if !strings.Contains(text, "©") && !strings.ContainsAny(text, "(") && !strings.Contains(text, "opyright") && !strings.Contains(text, "OPYRIGHT") {
		return false // most units: no lower-cased copy made
	}
	lower := strings.ToLower(text)
	for _, mark := range []string{"copyright", "©", "(c)"} {
		for off := 0; ; {
			k := strings.Index(lower[off:], mark)
			if k < 0 {
				break
			}
			off += k + len(mark)
			rest := strings.TrimLeft(lower[off:], " ©(c)\t")
			if len(rest) >= 4 && IsYear(rest[:4]) {
				return true
			}
		}
	}
	return false
}

// IsLicenseTitle reports whether a section's title names a licence the
// document reproduces ("Appendix C GNU Free Documentation License", "GNU
// GENERAL PUBLIC LICENSE", "License"): its text sets out terms of copying,
// which answer no question about what the document is about. A short
// title (up to eight words) with "license" or "licence" in it.
func IsLicenseTitle(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if w = strings.Trim(w, ".,:;()"); w == "license" || w == "licence" || w == "licenses" || w == "licences" {
			return true
		}
	}
	return false
}

// IsCopyrightWord reports whether a lower-cased question word asks about
// copyright itself ("who holds the COPYRIGHT", "under which LICENSE").
func IsCopyrightWord(lw string) bool { return copyrightWords[lw] }

var copyrightWords = set(`copyright copyrights copyrighted holder holders rights licence license licensed licences licenses`)

// possessiveOf returns the word a possessive is written on ("reference"
// of "reference's" or "reference’s"; see IsPossessive).
func possessiveOf(lw string) (string, bool) {
	if !IsPossessive(lw) {
		return "", false
	}
	base := WithoutPossessive(lw)
	return base, base != ""
}
